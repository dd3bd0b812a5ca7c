import type { VerdictStrings } from '../verdict-strings.ts';

export const fr = {
  partnerOutcomes: {
    'self-service': 'Vous pouvez mettre à jour votre partenaire vous-même',
    'financial-transaction-only': 'Vous pouvez changer de partenaire uniquement lors d’une transaction financière',
    'contact-support': 'Contactez l’assistance pour changer de partenaire',
    unavailable: 'Vous ne pouvez pas mettre à jour les informations sur le partenaire pour le moment',
  },
  seatOutcomes: {
    'self-service': 'Vous pouvez ajouter ou réduire des postes vous-même',
    'financial-transaction-only': 'Vous pouvez modifier les postes uniquement lors d’une transaction financière',
    'contact-support': 'Contactez l’assistance pour modifier les postes',
    unavailable: 'Vous ne pouvez pas ajouter ou réduire des postes vous-même',
  },
  renewalOutcomes: {
    'self-service': 'Vous pouvez activer ou désactiver vous-même le renouvellement automatique',
    unavailable: 'Vous ne pouvez plus modifier vous-même le paramètre de renouvellement automatique',
  },
  reasons: {
    'subscription-id':
      'Votre abonnement est associé à un ID d’abonnement créé dans le cadre du nouveau modèle d’achat.',
    'auto-renew': 'Le renouvellement automatique est activé pour votre contrat.',
    'token-flex': 'Vous possédez un contrat Enterprise Business Agreement qui utilise Token Flex.',
    expired: 'Votre contrat a expiré il y a {days} jours.',
    'expires-soon': 'Votre contrat expire dans {days} jours, soit d’ici {window}.',
    'change-only-one-partner': 'Vous avez plusieurs partenaires et souhaitez n’en modifier qu’un seul.',
    'not-contract-manager': 'Seul le gestionnaire de contrats peut ajouter ou réduire des postes.',
    'not-auto-renew':
      'Les postes ne peuvent être modifiés que pour les abonnements configurés pour être renouvelés automatiquement.',
    'not-bought-online':
      'Les postes ne peuvent être modifiés que pour les abonnements achetés en ligne auprès d’Autodesk.',
    'monthly-grace-period-over':
      'Votre abonnement mensuel a expiré, et le délai après l’expiration pendant lequel son renouvellement automatique peut encore être modifié est écoulé.',
    'annual-grace-period-over':
      'Votre abonnement annuel ou pluriannuel a expiré, et le délai après l’expiration pendant lequel son renouvellement automatique peut encore être modifié est écoulé.',
  },
  nextStep: {
    followSteps: 'Suivez les étapes décrites dans cet article.',
    procedure: 'Suivez les étapes de l’article',
    support: 'Aucun article de ce site ne décrit de moyen de le faire vous-même.',
    contactSupport: 'Contacter l’assistance',
  },
  ruleLink: 'Lire la règle',
  asOf: 'Au {date}.',
  copyLink: 'Copier le lien vers ce résultat',
  linkCopied: 'Lien copié.',
  copyFailed: 'Impossible de copier le lien : copiez l’adresse depuis la barre d’adresse.',
} as const satisfies VerdictStrings;
