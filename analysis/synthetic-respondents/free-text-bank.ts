/**
 * Short answers to "What would have protected you from the strain of support work?", written for the
 * synthetic panel. Neutral, invented, and free of names, places, companies or contact details.
 */
export const FREE_TEXT_BANK: readonly string[] = [
  "A few minutes off the queue after a hard call.",
  "A manager who stepped in when a customer crossed the line.",
  "Being measured on problems solved, not on handle time.",
  "Knowing who to hand a case to when I was stuck.",
  "Fewer tickets per shift, honestly.",
  "Someone noticing the problems we prevented.",
  "Regular time to talk things through with the team.",
  "Not having my full name shown to angry customers.",
  "A clear rule that abusive chats can be ended.",
  "Product teams actually reading our feedback.",
  "Rotating off live channels now and then.",
  "Training on how to switch off after work.",
  "Being allowed to say no to unreasonable requests.",
  "Realistic targets during busy seasons.",
  "More colleagues, so nobody carried the queue alone.",
  "I am not sure anything would have helped.",
];
