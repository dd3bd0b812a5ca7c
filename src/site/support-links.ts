/**
 * Where "contact support" leads, in one place: a deployment for another region or brand changes
 * the address here, and every article's help block and every verdict that points to support follow.
 */
export const supportLinks = {
  /** Autodesk's page for contacting support (an agent, the Autodesk Assistant). */
  contactSupport: 'https://www.autodesk.com/support/contact-support',
} as const;
