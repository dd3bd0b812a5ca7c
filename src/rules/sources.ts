import type { Locale } from '../i18n/locales.ts';
import type { RuleId } from './rules.ts';

/**
 * Each rule's source (Catala-style): the sentence of the article that states it, per locale, as
 * written inside `<Rule id="...">` in the MDX. Placeholders stand for components so the quote stays
 * text: `{parameter-id}` for `<RuleValue id="parameter-id" />`, `{term:id}` for `<UiTerm id="id" />`,
 * `{path:id}` for `<UiTerm path="id" />`; whitespace runs are one space.
 *
 * `npm run check:docs` fails when a `<Rule>` no longer reads exactly like its quote here, so a
 * reworded rule sentence is a visible, reviewed change to this file. The writers' rules page
 * (`/writers/rules/`) prints these quotes with the placeholders filled in.
 */
export const sources = {
  'subscription-id-financial-transaction': {
    en: 'If your subscription has a subscription ID created by the new purchasing model, you can change partner information only during a financial transaction.',
    it: 'Se l’abbonamento dispone di un ID abbonamento creato dal nuovo modello di acquisto, è possibile modificare le informazioni relative ai partner solo durante una transazione finanziaria.',
    fr: 'Si votre abonnement est associé à un ID d’abonnement créé dans le cadre du nouveau modèle d’achat, vous pouvez modifier les informations sur le partenaire uniquement lors d’une transaction financière.',
    de: 'Wenn Ihr Abonnement eine Abonnement-ID aufweist, die im Rahmen des neuen Kaufprozesses erstellt wurde, können Sie die Informationen zu Ihrem Partner nur während einer Finanztransaktion ändern.',
  },
  'partner-update-replaces-all': {
    en: 'If you have multiple partners, this update replaces all partner information.',
    it: 'Se sono presenti più partner, questo aggiornamento sostituisce le informazioni relative a tutti i partner.',
    fr: 'Si vous faites appel à plusieurs partenaires, cette mise à jour remplace les informations de tous vos partenaires.',
    de: 'Sofern Sie mehrere Partner haben, werden sämtliche Partnerinformationen durch diese Aktualisierung ersetzt.',
  },
  'change-only-one-partner': {
    en: 'If you have multiple partners and only want to update one, contact support.',
    it: 'Se in presenza di più partner si desidera aggiornarne solo uno, contattare il supporto.',
    fr: 'Si vous avez plusieurs partenaires, mais souhaitez modifier les informations d’un seul d’entre eux, contactez l’assistance.',
    de: 'Wenn Sie zwar mehrere Partner haben, aber nur einen davon ändern möchten, wenden Sie sich bitte an den Support.',
  },
  'partner-update-delay': {
    en: 'It can take at least {partner-update-delay} for updates to appear in your Account Contract details.',
    it: 'La visualizzazione degli aggiornamenti nella sezione dei dettagli relativi al contratto di {term:autodesk-account} potrebbe richiedere almeno {partner-update-delay}.',
    fr: 'L’affichage des nouvelles informations dans les détails du contrat de votre compte peut prendre au moins {partner-update-delay}.',
    de: 'Es kann mindestens {partner-update-delay} dauern, bis die aktualisierten Informationen in den Vertragsdetails in Ihrem Konto angezeigt werden.',
  },
  'partner-update-unavailable': {
    en: 'The option to update partner information isn’t available if:',
    it: 'L’opzione per aggiornare le informazioni relative al partner non è disponibile se:',
    fr: 'L’option de mise à jour des informations sur le partenaire n’est pas disponible dans les cas suivants :',
    de: 'In den folgenden Fällen steht die Option zum Ändern der Partnerinformationen nicht zur Verfügung:',
  },
  'auto-renew-blocks-partner-update': {
    en: 'Your contract auto-renews',
    it: 'Per il contratto è impostato il rinnovo automatico',
    fr: 'Le renouvellement automatique est activé pour votre contrat.',
    de: 'Ihr Vertrag wird automatisch verlängert.',
  },
  'token-flex-blocks-partner-update': {
    en: 'You have an enterprise business agreement using Token Flex',
    it: 'Si dispone di un accordo commerciale aziendale che prevede l’utilizzo di Token Flex',
    fr: 'Vous possédez un contrat Enterprise Business Agreement qui utilise Token Flex.',
    de: 'Sie haben ein Enterprise Business Agreement mit Token Flex.',
  },
  'expiration-window': {
    en: 'Your contract has expired or is within {expiration-window} of expiration',
    it: 'Il contratto è scaduto o scade entro i prossimi {expiration-window}',
    fr: 'Votre contrat a expiré ou expire d’ici {expiration-window}.',
    de: 'Ihr Vertrag ist abgelaufen oder läuft innerhalb der nächsten {expiration-window} ab.',
  },
  'seats-contract-manager-only': {
    en: 'Only contract managers can add or reduce seats for subscriptions that are set to auto-renew.',
    it: 'Solo i Contract Manager possono aggiungere o ridurre le postazioni degli abbonamenti impostati per il rinnovo automatico.',
    fr: 'Seuls les gestionnaires de contrats peuvent ajouter ou réduire le nombre de postes pour les abonnements configurés pour être renouvelés automatiquement.',
    de: 'Nur Vertragsmanager können bei Abonnements, die automatisch verlängert werden, Lizenzplätze hinzufügen oder deren Anzahl reduzieren.',
  },
  'seats-bought-online-only': {
    en: 'This feature is available only for subscriptions bought online from Autodesk, and only in some regions.',
    it: 'Questa funzione è disponibile solo in alcune aree geografiche e solo per gli abbonamenti acquistati online da Autodesk.',
    fr: 'Cette fonction n’est disponible que pour les abonnements achetés en ligne auprès d’Autodesk, et seulement dans certaines régions.',
    de: 'Diese Funktion ist nur bei Abonnements verfügbar, die online bei Autodesk gekauft wurden, und nur in einigen Regionen.',
  },
  'seats-payment-method': {
    en: 'The credit card you originally used to purchase the subscription is charged for the additional seats. To use a different payment method, add it and save it before you complete the transaction.',
    it: 'l’importo delle postazioni aggiuntive viene addebitato sulla carta di credito utilizzata originariamente per l’acquisto dell’abbonamento. Per utilizzare un metodo di pagamento diverso, aggiungerlo e salvarlo prima di completare la transazione.',
    fr: 'les postes supplémentaires sont débités sur la carte de crédit que vous avez utilisée à l’origine pour acheter l’abonnement. Pour utiliser un autre mode de paiement, ajoutez-le et enregistrez-le avant de terminer la transaction.',
    de: 'Die Kosten für die zusätzlichen Lizenzplätze werden der Kreditkarte belastet, mit der Sie das Abonnement ursprünglich gekauft haben. Wenn Sie eine andere Zahlungsmethode verwenden möchten, fügen Sie diese hinzu und speichern Sie sie, bevor Sie die Transaktion abschließen.',
  },
  'seat-reduction-at-renewal': {
    en: 'You can reduce the number of seats at any time. The seat count and the lower price are recorded when your subscription renews.',
    it: 'È possibile ridurre il numero di postazioni in qualsiasi momento. Il nuovo numero di postazioni e il prezzo ridotto vengono applicati al rinnovo dell’abbonamento.',
    fr: 'Vous pouvez réduire le nombre de postes à tout moment. Le nouveau nombre de postes et la baisse de prix prennent effet au renouvellement de votre abonnement.',
    de: 'Sie können die Anzahl der Lizenzplätze jederzeit reduzieren. Die neue Anzahl und der niedrigere Preis treten bei der Verlängerung Ihres Abonnements in Kraft.',
  },
  'minimum-seats': {
    en: 'The {term:reduce-seats} button is not active when the subscription has only {minimum-seats}.',
    it: 'il pulsante {term:reduce-seats} non è attivo se l’abbonamento ha solo {minimum-seats}.',
    fr: 'le bouton {term:reduce-seats} n’est pas actif lorsque l’abonnement compte seulement {minimum-seats}.',
    de: 'Die Schaltfläche {term:reduce-seats} ist nicht aktiv, wenn im Abonnement nur {minimum-seats} enthalten ist.',
  },
  'auto-renew-default': {
    en: 'Most renewed and newly purchased subscriptions renew automatically unless auto-renew is turned off in your {term:autodesk-account}.',
    it: 'La maggior parte degli abbonamenti rinnovati e di quelli appena acquistati si rinnova automaticamente, a meno che il rinnovo automatico non venga disattivato in {term:autodesk-account}.',
    fr: 'La plupart des abonnements renouvelés et nouvellement achetés sont renouvelés automatiquement, sauf si le renouvellement automatique est désactivé dans votre {term:autodesk-account}.',
    de: 'Die meisten verlängerten und neu gekauften Abonnements werden automatisch verlängert, sofern die automatische Verlängerung in Ihrem {term:autodesk-account} nicht deaktiviert ist.',
  },
  'auto-renew-change-window-monthly': {
    en: 'You can change the auto-renew setting at any time before the renewal date and, for a monthly subscription, up to {auto-renew-grace-monthly} after its expiration date.',
    it: 'È possibile modificare l’impostazione del rinnovo automatico in qualsiasi momento prima della data di rinnovo e, per un abbonamento mensile, fino a {auto-renew-grace-monthly} dopo la data di scadenza.',
    fr: 'Vous pouvez modifier le paramètre de renouvellement automatique à tout moment avant la date de renouvellement et, pour un abonnement mensuel, jusqu’à {auto-renew-grace-monthly} après sa date d’expiration.',
    de: 'Sie können die Einstellung für die automatische Verlängerung jederzeit vor dem Verlängerungsdatum ändern, bei einem Monatsabonnement außerdem bis zu {auto-renew-grace-monthly} nach dem Ablaufdatum.',
  },
  'auto-renew-change-window-annual': {
    en: 'For an annual or multi-year subscription, you can change it up to {auto-renew-grace-annual} after its expiration date.',
    it: 'Per un abbonamento annuale o pluriennale, è possibile modificarla fino a {auto-renew-grace-annual} dopo la data di scadenza.',
    fr: 'Pour un abonnement annuel ou pluriannuel, vous pouvez le modifier jusqu’à {auto-renew-grace-annual} après sa date d’expiration.',
    de: 'Bei einem Jahres- oder Mehrjahresabonnement können Sie sie bis zu {auto-renew-grace-annual} nach dem Ablaufdatum ändern.',
  },
  'auto-renew-bulk-limit': {
    en: 'You can change the auto-renew setting of up to {bulk-auto-renew-limit} at once.',
    it: 'È possibile modificare l’impostazione del rinnovo automatico di un massimo di {bulk-auto-renew-limit} alla volta.',
    fr: 'Vous pouvez modifier le paramètre de renouvellement automatique de {bulk-auto-renew-limit} au maximum à la fois.',
    de: 'Sie können die Einstellung für die automatische Verlängerung für bis zu {bulk-auto-renew-limit} gleichzeitig ändern.',
  },
  'auto-renew-payment-method': {
    en: 'For an automatic renewal to succeed on the renewal date, the recurring payment method must be valid and auto-renew must be on.',
    it: 'Affinché il rinnovo automatico vada a buon fine alla data di rinnovo, il metodo di pagamento ricorrente deve essere valido e il rinnovo automatico deve essere attivo.',
    fr: 'Pour qu’un renouvellement automatique aboutisse à la date de renouvellement, le mode de paiement récurrent doit être valide et le renouvellement automatique doit être activé.',
    de: 'Damit eine automatische Verlängerung am Verlängerungsdatum gelingt, muss die wiederkehrende Zahlungsmethode gültig und die automatische Verlängerung aktiviert sein.',
  },
} as const satisfies Record<RuleId, Record<Locale, string>>;

/** A rule's sentence, per locale, with placeholders. */
export type RuleSource = (typeof sources)[RuleId];
