import type { Locale } from '../i18n/locales.ts';

/**
 * Account-UI labels as the account spells them in each language. The articles print them with
 * `<UiTerm id="..." />` and the simulator draws its screens with them, so the two cannot diverge.
 */
export const terms = {
  'account-site': {
    en: 'manage.autodesk.com',
    it: 'manage.autodesk.com',
    fr: 'manage.autodesk.com',
    de: 'manage.autodesk.com',
  },
  'autodesk-account': {
    en: 'Autodesk Account',
    it: 'Autodesk Account',
    fr: 'Autodesk Account',
    de: 'Autodesk Account',
  },
  'billing-and-orders': {
    en: 'Billing and Orders',
    it: 'Fatturazione e ordini',
    fr: 'Facturation et commandes',
    de: 'Rechnungen und Bestellungen',
  },
  'subscriptions-and-contracts': {
    en: 'Subscriptions and Contracts',
    it: 'Abbonamenti e contratti',
    fr: 'Abonnements et contrats',
    de: 'Abonnements und Verträge',
  },
  actions: { en: 'Actions', it: 'Azioni', fr: 'Actions', de: 'Aktionen' },
  'update-reseller-information': {
    en: 'Update Reseller Information',
    it: 'Aggiorna le informazioni sul rivenditore',
    fr: 'Mettre à jour les informations sur le revendeur',
    de: 'Fachhändlerdaten aktualisieren',
  },
  find: { en: 'Find', it: 'Trova', fr: 'Rechercher', de: 'Suchen' },
  next: { en: 'Next', it: 'Avanti', fr: 'Suivant', de: 'Weiter' },
  submit: { en: 'Submit', it: 'Invia', fr: 'Soumettre', de: 'Senden' },
  done: { en: 'Done', it: 'Fine', fr: 'Terminer', de: 'Fertig' },
  'add-seats': {
    en: 'Add Seats',
    it: 'Aggiungi postazioni',
    fr: 'Ajouter des postes',
    de: 'Lizenzplätze hinzufügen',
  },
  // The French source calls it "Supprimer des postes"; Autodesk's English page says "Reduce Seats".
  'reduce-seats': {
    en: 'Reduce Seats',
    it: 'Riduci postazioni',
    fr: 'Supprimer des postes',
    de: 'Lizenzplätze reduzieren',
  },
  'save-changes': {
    en: 'Save Changes',
    it: 'Salva modifiche',
    fr: 'Enregistrer les modifications',
    de: 'Änderungen speichern',
  },
  save: { en: 'Save', it: 'Salva', fr: 'Enregistrer', de: 'Speichern' },
  'submit-order': { en: 'Submit Order', it: 'Invia ordine', fr: 'Envoyer la commande', de: 'Bestellung absenden' },
  // Appended for the account simulator: labels its screens show that the prose does not print.
  seats: { en: 'Seats', it: 'Postazioni', fr: 'Postes', de: 'Lizenzplätze' },
  'payment-method': { en: 'Payment method', it: 'Metodo di pagamento', fr: 'Mode de paiement', de: 'Zahlungsmethode' },
  'add-payment-method': {
    en: 'Add Payment Method',
    it: 'Aggiungi metodo di pagamento',
    fr: 'Ajouter un mode de paiement',
    de: 'Zahlungsmethode hinzufügen',
  },
  'contract-number': {
    en: 'Contract number',
    it: 'Numero di contratto',
    fr: 'Numéro de contrat',
    de: 'Vertragsnummer',
  },
  'subscription-id': { en: 'Subscription ID', it: 'ID abbonamento', fr: 'ID d’abonnement', de: 'Abonnement-ID' },
  'expiration-date': {
    en: 'Expiration date',
    it: 'Data di scadenza',
    fr: 'Date d’expiration',
    de: 'Ablaufdatum',
  },
  reseller: { en: 'Reseller', it: 'Rivenditore', fr: 'Revendeur', de: 'Fachhändler' },
  'partner-account-number': {
    en: 'Partner account number',
    it: 'Numero di account del partner',
    fr: 'Numéro de compte du partenaire',
    de: 'Kontonummer des Partners',
  },
  'auto-renew': {
    en: 'Auto-renew',
    it: 'Rinnovo automatico',
    fr: 'Renouvellement automatique',
    de: 'Automatische Verlängerung',
  },
  on: { en: 'On', it: 'Attivo', fr: 'Activé', de: 'Ein' },
  off: { en: 'Off', it: 'Disattivato', fr: 'Désactivé', de: 'Aus' },
  'turn-on': { en: 'Turn On', it: 'Attiva', fr: 'Activer', de: 'Aktivieren' },
  'turn-off': { en: 'Turn Off', it: 'Disattiva', fr: 'Désactiver', de: 'Deaktivieren' },
  'bulk-actions': { en: 'Bulk actions', it: 'Azioni in blocco', fr: 'Actions groupées', de: 'Massenaktionen' },
  'manage-auto-renew': {
    en: 'Manage auto-renew',
    it: 'Gestisci rinnovo automatico',
    fr: 'Gérer le renouvellement automatique',
    de: 'Automatische Verlängerung verwalten',
  },
  continue: { en: 'Continue', it: 'Continua', fr: 'Continuer', de: 'Weiter' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Identifier of an account-UI label, e.g. `update-reseller-information`. */
export type TermId = keyof typeof terms;

/**
 * Labels whose words in these languages are our own translations, not Autodesk's: the account
 * screens of the automatic-renewal article, which Autodesk's current help
 * (`shared/seeds/autodesk-current-help.md`, section D) gives in English only. They stay as they
 * are until Autodesk's localized wording is known; then correct the words in `terms` and remove
 * the locale here. Data rather than a comment, so that a page listing the labels can say so.
 */
export const ownTranslations = {
  'auto-renew': ['it', 'fr', 'de'],
  'turn-on': ['it', 'fr', 'de'],
  'turn-off': ['it', 'fr', 'de'],
  'bulk-actions': ['it', 'fr', 'de'],
  'manage-auto-renew': ['it', 'fr', 'de'],
  continue: ['it', 'fr', 'de'],
} as const satisfies Partial<Record<TermId, readonly Locale[]>>;

/** Whether the label `id` in `locale` is our translation, pending Autodesk's localized wording. */
export function isOwnTranslation(id: TermId, locale: Locale): boolean {
  const locales: readonly Locale[] | undefined = (ownTranslations as Partial<Record<TermId, readonly Locale[]>>)[id];
  return locales?.includes(locale) ?? false;
}

/** Menu paths: labels joined by the account's ` > ` separator. */
export const termPaths = {
  'billing-path': ['billing-and-orders', 'subscriptions-and-contracts'],
} as const satisfies Record<string, readonly TermId[]>;

/** Identifier of a menu path. */
export type TermPathId = keyof typeof termPaths;

/** A label in `locale`. */
export function term(id: TermId, locale: Locale): string {
  return terms[id][locale];
}

/** The labels of a menu path in `locale`, in order. */
export function termPath(id: TermPathId, locale: Locale): string[] {
  return termPaths[id].map((termId) => term(termId, locale));
}
