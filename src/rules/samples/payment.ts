/** Sample payment methods of the seats flow: the card of the purchase and one the reader can add. */
export const paymentMethods = {
  /** The card the subscription was bought with: charged unless another method is added and saved. */
  'original-card': { label: 'Visa •••• 4242' },
  /** A card the reader adds during the flow. */
  'new-card': { label: 'Mastercard •••• 5454' },
} as const;

/** Identifier of a sample payment method. */
export type PaymentMethodId = keyof typeof paymentMethods;
