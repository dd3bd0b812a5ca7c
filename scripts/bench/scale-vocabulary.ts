import type { Locale } from '../../src/i18n/locales.ts';

/** The words a generated article is written with, in one language. */
export interface Vocabulary {
  /** Nouns a help centre talks about (titles and sentences). */
  readonly nouns: readonly string[];
  /** Verbs of instructions (steps and titles). */
  readonly verbs: readonly string[];
  /** Words that join nouns and verbs into sentences. */
  readonly fillers: readonly string[];
  /** Heading of the section with the eligibility checker, as the real articles title it. */
  readonly checkHeading: string;
  /** Heading of the steps section. */
  readonly stepsHeading: string;
  /** Heading of the related-articles section. */
  readonly relatedHeading: string;
  /** Title of a note aside. */
  readonly noteTitle: string;
}

/**
 * A help centre's vocabulary per language: enough words that generated articles differ from one
 * another the way real ones do (Pagefind's index grows with distinct words, not with text length).
 */
export const vocabularies: Record<Locale, Vocabulary> = {
  en: {
    nouns: 'account subscription contract seat partner invoice payment licence product team user role admin order renewal billing plan access report export setting profile support token device network storage'.split(' '),
    verbs: 'assign change review update remove add transfer download cancel renew confirm select open verify request invite manage'.split(' '),
    fillers: 'the your a for with from to when before after only each every this that then and or if in on'.split(' '),
    checkHeading: 'Check your eligibility',
    stepsHeading: 'Steps',
    relatedHeading: 'Related articles',
    noteTitle: 'Note',
  },
  it: {
    nouns: 'account abbonamento contratto postazione partner fattura pagamento licenza prodotto team utente ruolo amministratore ordine rinnovo fatturazione piano accesso rapporto esportazione impostazione profilo assistenza token dispositivo rete archivio'.split(' '),
    verbs: 'assegnare modificare rivedere aggiornare rimuovere aggiungere trasferire scaricare annullare rinnovare confermare selezionare aprire verificare richiedere invitare gestire'.split(' '),
    fillers: 'il tuo un per con da a quando prima dopo solo ogni questo quel poi e o se in su'.split(' '),
    checkHeading: 'Verifica i requisiti',
    stepsHeading: 'Passaggi',
    relatedHeading: 'Articoli correlati',
    noteTitle: 'Nota',
  },
  fr: {
    nouns: 'compte abonnement contrat poste partenaire facture paiement licence produit équipe utilisateur rôle administrateur commande renouvellement facturation forfait accès rapport exportation paramètre profil assistance jeton appareil réseau stockage'.split(' '),
    verbs: 'attribuer modifier vérifier mettre retirer ajouter transférer télécharger annuler renouveler confirmer sélectionner ouvrir contrôler demander inviter gérer'.split(' '),
    fillers: 'le votre un pour avec de à quand avant après seulement chaque ce cette puis et ou si dans sur'.split(' '),
    checkHeading: 'Vérifier votre éligibilité',
    stepsHeading: 'Étapes',
    relatedHeading: 'Articles associés',
    noteTitle: 'Remarque',
  },
  de: {
    nouns: 'Konto Abonnement Vertrag Arbeitsplatz Partner Rechnung Zahlung Lizenz Produkt Team Benutzer Rolle Administrator Bestellung Verlängerung Abrechnung Tarif Zugriff Bericht Export Einstellung Profil Support Token Gerät Netzwerk Speicher'.split(' '),
    verbs: 'zuweisen ändern prüfen aktualisieren entfernen hinzufügen übertragen herunterladen kündigen verlängern bestätigen auswählen öffnen verifizieren anfordern einladen verwalten'.split(' '),
    fillers: 'der Ihr ein für mit von zu wenn vor nach nur jeder dieser jene dann und oder falls in auf'.split(' '),
    checkHeading: 'Berechtigung prüfen',
    stepsHeading: 'Schritte',
    relatedHeading: 'Verwandte Artikel',
    noteTitle: 'Hinweis',
  },
};

const syllables = 'ba ke li mo nu ra se ti vo zu da fe gi ho ju ka le mi no pu'.split(' ');

/**
 * The `ordinal`th word no vocabulary has: four syllables (160,000 words) and a final `q`, which no
 * language's stemmer strips, so two of them never share a stem in Pagefind's index.
 */
export function inventedWord(ordinal: number): string {
  if (!Number.isInteger(ordinal) || ordinal < 0 || ordinal >= syllables.length ** 4) {
    throw new RangeError(`inventedWord: ${ordinal} is outside 0..${syllables.length ** 4 - 1}`);
  }
  let word = '';
  let rest = ordinal;
  for (let position = 0; position < 4; position += 1) {
    word = syllables[rest % syllables.length]! + word;
    rest = Math.floor(rest / syllables.length);
  }
  return `${word}q`;
}
