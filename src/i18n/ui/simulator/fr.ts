import type { SimulatorStrings } from '../simulator-strings.ts';

export const fr = {
  regionLabel: 'Simulateur de compte',
  intro: 'Entraînez-vous sur des exemples d’abonnements. Rien de ce que vous faites ici ne modifie un compte réel.',
  stepOf: 'Étape {step} sur {total}',
  stepOnly: 'Étape {step}',
  seatPaths: { add: 'Ajouter des postes', remove: 'Réduire le nombre de postes' },
  back: 'Retour',
  restart: 'Recommencer la simulation',
  tryThisStep: 'Essayer cette étape',
  sample: 'Exemple',
  unavailableBecause: 'Non disponible :',
  actionUnavailable: 'Cette action n’est pas disponible pour cet abonnement.',
  navigation: {
    heading: 'Se connecter et ouvrir vos abonnements',
    signedIn: 'Vous êtes connecté à votre compte {account} à l’adresse {site} (simulation).',
    instruction: 'Ouvrez le menu et choisissez la page des abonnements.',
  },
  subscriptions: { instruction: 'Sélectionnez un abonnement.' },
  details: {
    instruction: {
      partner: 'Ouvrez le menu Actions.',
      seats: 'Utilisez les boutons sous le nombre de postes pour le modifier.',
    },
    partners: 'Partenaires',
    noPartner: 'Aucun (achat en ligne)',
  },
  partner: {
    accountNumberHeading: 'Obtenir le numéro de compte de votre nouveau partenaire',
    accountNumberText: '{partner} vous a envoyé son numéro de compte (CSN). Notez-le pour l’étape 5 :',
    accountNumberContinue: 'J’ai le numéro',
    findHeading: 'Rechercher le nouveau partenaire',
    findHint: 'Numéro d’exemple : {csn}. Essayez aussi un numéro erroné.',
    csnErrors: {
      malformed: 'Un numéro de compte (CSN) comporte 10 chiffres. Vérifiez votre saisie et réessayez.',
      unknown: 'Aucun partenaire n’a ce numéro de compte. Vérifiez le numéro auprès de votre nouveau partenaire.',
    },
    confirmHeading: 'Confirmer le partenaire',
    confirmInstruction: 'Vérifiez qu’il s’agit bien de votre nouveau partenaire.',
    reviewHeading: 'Vérifier les nouvelles informations',
    reviewChange: 'De {current} à {new}',
    replacesAllWarning:
      'Cet abonnement a {count} partenaires. Si vous soumettez la mise à jour, ils seront tous remplacés par {partner}. Pour n’en modifier qu’un seul, contactez plutôt l’assistance.',
    confirmationHeading: 'Mise à jour demandée',
    confirmationText: '{partner} sera le partenaire de cet abonnement.',
    delayNotice:
      'L’affichage des nouvelles informations dans les détails du contrat de votre compte peut prendre au moins {delay}.',
    closedHeading: 'Les huit étapes sont terminées',
    closedText: 'La fenêtre de confirmation est fermée. Recommencez pour essayer un autre abonnement.',
  },
  seats: {
    newCountLabel: 'Nombre de postes',
    currentCount: 'Actuellement : {count}',
    errors: {
      'not-a-number': 'Entrez un nombre entier de postes.',
      'too-many': 'Entrez au plus {maximum} postes.',
      'not-more': 'Pour ajouter des postes, entrez un nombre supérieur au nombre actuel.',
      'not-fewer': 'Pour réduire le nombre de postes, entrez un nombre inférieur au nombre actuel.',
      'below-minimum': 'Un abonnement doit conserver au moins {minimum}.',
    },
    atMinimum: 'Cet abonnement compte seulement {minimum}, le minimum autorisé : il n’y a aucun poste à supprimer.',
    paymentHeading: 'Mode de paiement',
    paymentNote:
      'La carte de crédit utilisée pour l’achat initial de l’abonnement est débitée. Pour utiliser un autre mode de paiement, ajoutez-le et enregistrez-le d’abord.',
    originalCard: '{card} (utilisée pour l’achat)',
    newCard: '{card} (ajoutée à l’instant)',
    reviewHeading: 'Vérifier les modifications',
    reviewSummary: 'Postes : de {from} à {to}, montant débité sur {method}.',
    orderedHeading: 'Commande envoyée',
    orderedText: 'Votre abonnement compte désormais {count} postes.',
    reducedHeading: 'Réduction enregistrée',
    reducedText:
      'Postes : de {from} à {to}. Le nouveau nombre de postes et le prix réduit prendront effet au renouvellement de l’abonnement, le {date}.',
  },
} as const satisfies SimulatorStrings;
