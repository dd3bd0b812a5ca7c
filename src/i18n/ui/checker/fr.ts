import type { CheckerStrings } from '../checker-strings.ts';

export const fr = {
  intro: 'Répondez à quelques questions pour savoir si vous pouvez effectuer cette opération vous-même.',
  questions: {
    identifier: 'Votre abonnement est-il associé à un numéro de contrat ou à un ID d’abonnement ?',
    autoRenew: 'Le renouvellement automatique est-il activé pour votre contrat ?',
    tokenFlex: 'Possédez-vous un contrat Enterprise Business Agreement qui utilise Token Flex ?',
    expirationDate: 'Quand votre contrat expire-t-il ?',
    partnerCount: 'Combien de partenaires agréés sont associés à votre abonnement ?',
    changeOnlyOnePartner: 'Souhaitez-vous modifier un seul de vos partenaires ?',
    contractManager: 'Êtes-vous le gestionnaire de contrats de cet abonnement ?',
    boughtOnline: 'Avez-vous acheté l’abonnement en ligne auprès d’Autodesk ?',
  },
  hints: {
    identifier: 'Cette information figure sous {path} dans votre compte {account}.',
    expirationDate: 'Si la date est déjà passée, saisissez-la quand même.',
  },
  yes: 'Oui',
  no: 'Non',
  identifierOptions: {
    'contract-number': 'Un numéro de contrat',
    'subscription-id': 'Un ID d’abonnement',
  },
  missing: {
    identifier: 'Indiquez si votre abonnement est associé à un numéro de contrat ou à un ID d’abonnement',
    autoRenew: 'Indiquez si le renouvellement automatique est activé pour votre contrat',
    tokenFlex: 'Indiquez si vous possédez un contrat Enterprise Business Agreement qui utilise Token Flex',
    expirationDate: 'Saisissez la date d’expiration de votre contrat',
    partnerCount: 'Saisissez le nombre de partenaires agréés associés à votre abonnement',
    changeOnlyOnePartner: 'Indiquez si vous souhaitez modifier un seul de vos partenaires',
    contractManager: 'Indiquez si vous êtes le gestionnaire de contrats',
    boughtOnline: 'Indiquez si vous avez acheté l’abonnement en ligne auprès d’Autodesk',
  },
  invalidDate: 'La date d’expiration doit être une date valide',
  invalidPartnerCount: 'Le nombre de partenaires doit être un nombre entier égal ou supérieur à 1',
  errorSummaryTitle: 'Un problème est survenu',
  check: 'Vérifier',
  startAgain: 'Effacer mes réponses',
  ignoredParameters: 'Certaines informations du lien n’ont pas pu être lues et ont été ignorées : {names}.',
  whyHeading: 'Pourquoi',
  nextStepsHeading: 'Ce que vous pouvez faire',
  dateReasons: {
    expiresToday: 'Votre contrat expire aujourd’hui, soit d’ici {window}.',
    expiresTomorrow: 'Votre contrat expire demain, soit d’ici {window}.',
    expiredYesterday: 'Votre contrat a expiré hier.',
  },
  regionLabel: 'Vérification de l’éligibilité',
} as const satisfies CheckerStrings;
