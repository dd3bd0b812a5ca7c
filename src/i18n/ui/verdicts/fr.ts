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
  },
  nextSteps: {
    'subscription-id':
      'Changez de partenaire lors de votre prochaine transaction financière, par exemple un renouvellement ou un achat.',
    'auto-renew':
      'Contactez l’assistance ou votre partenaire pour changer le partenaire d’un contrat à renouvellement automatique.',
    'token-flex': 'Contactez l’assistance au sujet de votre contrat Enterprise Business Agreement.',
    expired: 'Renouvelez votre contrat et choisissez votre partenaire lors du renouvellement.',
    'expires-soon': 'Choisissez votre nouveau partenaire lors du renouvellement du contrat.',
    'change-only-one-partner':
      'Contactez l’assistance : la mise à jour dans votre compte remplace les informations de tous les partenaires.',
    'not-contract-manager': 'Demandez à votre gestionnaire de contrats d’effectuer la modification.',
    'not-auto-renew': 'Activez le renouvellement automatique, ou contactez votre partenaire ou l’assistance.',
    'not-bought-online': 'Contactez le partenaire auprès duquel vous avez acheté l’abonnement.',
  },
  selfServiceNextStep: {
    partner: 'Suivez les étapes de la section « Pour changer de partenaire ».',
    seats: 'Suivez les étapes pour ajouter ou réduire des postes.',
  },
  ruleLink: 'Lire la règle',
} as const satisfies VerdictStrings;
