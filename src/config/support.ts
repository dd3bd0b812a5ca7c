/**
 * Where "contact support" leads. Configuration, not a rule: a deployment for another region or
 * brand changes the address here and nowhere else. (Autodesk's page for contacting support.)
 */
export const supportContactUrl = 'https://www.autodesk.com/support/contact-support';
