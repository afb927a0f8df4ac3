/**
 * The invitation-code field on a survey's first page, shared by the form and the server.
 * A hyphen keeps it apart from item ids (letters, digits and _ only), so no question can clash.
 */
export const INVITATION_CODE_FIELD = "invitation-code";
