/**
 * The source catalog: every piece of interface text a respondent can meet, in English, as ICU MessageFormat
 * (decision 052). Each entry has a stable id (what code refers to), the message, and a note telling
 * translators where it appears. Item texts are not here: they come from the instrument definition.
 */
export type SourceMessage = { readonly message: string; readonly context: string };

export const sourceCatalog = {
  "site.skipLink": { message: "Skip to content", context: "First link of every page, for keyboard users" },
  "site.navLabel": { message: "Main", context: "Accessible name of the site's main navigation" },
  "site.findings": { message: "Findings", context: "Navigation link to the published results" },
  "site.lab": { message: "Lab", context: "Navigation link to the researchers' area" },
  "site.footer": {
    message:
      "Negative Space is open-source research software. Survey answers are stored without names, network addresses or times of day.",
    context: "Footer of every page; Negative Space is the project's name",
  },
  "site.titleSuffix": { message: "{title} — Negative Space", context: "Browser tab title of a page" },
  "language.label": { message: "Language", context: "Label of the language switch on every survey page" },
  "language.submit": { message: "Change language", context: "Button of the language switch" },
  "language.notOffered": {
    message:
      "This survey is not available in the language your link asked for ({requested}), so it is shown in {shown}.",
    context:
      "Notice when the survey link's ?lang= names a language the survey does not offer; values are language names",
  },
  "survey.closed": {
    message: "This survey has closed and no longer accepts answers. Thank you for your interest.",
    context: "Survey address of a closed survey",
  },
  "survey.notOpen": {
    message: "This survey is not open yet. Please come back later.",
    context: "Survey address of a survey that has not opened",
  },
  "refusal.tooLargeTitle": {
    message: "That was too much to send",
    context: "Heading of the page shown when a respondent's form was too large to accept",
  },
  "refusal.unreadableTitle": {
    message: "That could not be read",
    context: "Heading of the page shown when a respondent's form could not be read",
  },
  "refusal.tooLarge": {
    message:
      "The form was larger than this site accepts. Nothing was saved; shorten your answers and try again.",
    context: "A respondent's form was too large to accept (for example a very long pasted answer)",
  },
  "refusal.unreadable": {
    message: "The form could not be read. Nothing was saved; please send the page again.",
    context: "A respondent's form arrived in a shape the site does not accept",
  },
  "refusal.tooMany": {
    message: "There were too many attempts in a short time. Please wait a moment and try again.",
    context: "A respondent sent forms faster than the site accepts",
  },
  "refusal.back": {
    message: "Use your browser's Back button to return to the form.",
    context:
      "Last line of the page shown when a respondent's form was refused before the survey could read it",
  },
  "page.progress": {
    message: "Step {step, number} of {total, number}",
    context: "Progress above each survey page",
  },
  "page.title": {
    message: "{page} ({step, number} of {total, number}) — {survey}",
    context: "Browser tab title of a survey page: page title, progress, survey title",
  },
  "page.minutes": {
    message:
      "About {minutes, plural, one {# minute} other {# minutes}}. You can stop at any time, and save to continue later.",
    context: "First page, under the survey's description",
  },
  "page.dataUse": {
    message: "What we keep, and what we never keep",
    context: "First page, a disclosure opening the data use text",
  },
  "page.resumeQuestion": {
    message: "Started before on another device?",
    context: "First page, before a link to the resume form",
  },
  "page.resumeLink": {
    message: "Continue with your resume code",
    context: "First page, link to the resume form",
  },
  "page.changing": {
    message:
      "You are changing an answer. “Continue” saves it and takes you back to your answers (first to any question your change adds).",
    context: "Page opened with “Change” from the review; “Continue” is the button page.continue",
  },
  "page.backToReview": {
    message: "Back to your answers without changing anything",
    context: "Link back to the review from a page opened with “Change”",
  },
  "page.continue": { message: "Continue", context: "Main button of a survey page and of the resume form" },
  "page.continueToReview": { message: "Continue to review", context: "Main button of the last survey page" },
  "page.back": { message: "Back", context: "Button to the previous survey page" },
  "save.summary": { message: "Save and finish later", context: "Disclosure at the bottom of a survey page" },
  "save.explanation": {
    message:
      "Your answers are saved on this device each time you continue. To finish on another device, or if you clear your browser, use this resume code within {days, plural, one {# day} other {# days}}:",
    context: "Inside “Save and finish later”, followed by the resume code",
  },
  "save.button": {
    message: "Save this page and stop for now",
    context: "Button inside “Save and finish later”",
  },
  "field.optional": {
    message: "(optional)",
    context: "After the text of a question that may be left unanswered",
  },
  "field.errorPrefix": { message: "Error:", context: "Read out by screen readers before a field's message" },
  "field.numberRange": {
    message: "A number from {min, number} to {max, number}.",
    context: "Under a number question",
  },
  "field.numberRangeSteps": {
    message: "A number from {min, number} to {max, number}, in steps of {step, number}.",
    context: "Under a number question whose answers go in steps (e.g. 0.5)",
  },
  "field.textLimit": {
    message:
      "Up to {max, plural, one {# character} other {# characters}}. Please leave out names, e-mail addresses and phone numbers.",
    context: "Under a free-text question",
  },
  "field.honeypot": {
    message: "Leave this field empty: it is here to catch automated form-filling.",
    context: "Label of a hidden field; only people whose browser shows it anyway read it",
  },
  "errors.title": {
    message: "There is a problem",
    context: "Heading of the list of problems at the top of a refused page",
  },
  "invitation.label": {
    message: "Invitation code",
    context: "Field on the first page of a survey by invitation",
  },
  "invitation.hint": {
    message:
      "This survey is by invitation. Type the 12 letters and digits from your invitation, for example ABCD-EFGH-JKMN. The code is only checked and marked as used: it is not kept with your answers.",
    context: "Help under the invitation code field; ABCD-EFGH-JKMN is an example code, keep it as it is",
  },
  "invitation.missing": {
    message: "Enter the invitation code from your invitation.",
    context: "Invitation code field left empty",
  },
  "invitation.tooLong": {
    message: "That is too long to be an invitation code: it has 12 letters and digits, like ABCD-EFGH-JKMN.",
    context: "Invitation code field, too long; keep the example code as it is",
  },
  "invitation.alreadyUsed": {
    message:
      "This invitation code has already been used: each code opens the survey once. If you started with it before, continue with your resume code.",
    context: "Invitation code that has opened the survey before",
  },
  "invitation.unknown": {
    message:
      "This is not an invitation code for this survey. Check it against your invitation: 12 letters and digits, like ABCD-EFGH-JKMN.",
    context: "Invitation code not issued for this survey; keep the example code as it is",
  },
  "review.title": { message: "Check your answers", context: "Heading of the review page before sending" },
  "review.intro": {
    message: "Nothing is sent until you press “Send my answers”. You can change any answer first.",
    context: "Review page; “Send my answers” is the button review.send",
  },
  "review.change": { message: "Change", context: "Review page, link to change the answers of one section" },
  "review.changeHidden": {
    message: "answers to “{section}”",
    context: "Read by screen readers after “Change”, naming the section",
  },
  "review.notAnswered": { message: "Not answered", context: "Review page, in place of an answer left out" },
  "review.send": { message: "Send my answers", context: "Button that sends the answers" },
  "saved.title": {
    message: "Your answers are saved",
    context: "Page after “Save this page and stop for now”",
  },
  "saved.sameDevice": {
    message:
      "Coming back on this device and browser, just open the survey link again: you will continue where you stopped.",
    context: "Saved page",
  },
  "saved.otherDevice": {
    message: "On another device, or if you clear your browser, you need this resume code:",
    context: "Saved page, followed by the resume code",
  },
  "saved.codeLabel": {
    message: "Resume code {spelled}",
    context: "Screen-reader name of the code, spelled out character by character",
  },
  "saved.expiry": {
    message:
      "Write it down or take a screenshot. It works until {expiresOn} ({days, plural, one {# day} other {# days}} after your last save); after that the saved answers are deleted. We cannot recover a lost code: we only keep a scrambled form of it.",
    context: "Saved page; expiresOn is a date written out in the page's language",
  },
  "saved.continue": { message: "Continue the survey now", context: "Saved page, link back to the survey" },
  "thanks.title": {
    message: "Thank you — your answers are in",
    context: "Heading after sending the answers",
  },
  "thanks.lede": {
    message: "What you told us is now part of the picture that support work usually leaves out.",
    context: "Thank-you page",
  },
  "thanks.whatHappens": {
    message: "What happens to your answers",
    context: "Thank-you page, heading of a list",
  },
  "thanks.noIdentity": {
    message:
      "They are stored without your name, e-mail address, network address or the time of day you answered.",
    context: "Thank-you page, list item",
  },
  "thanks.scrubbed": {
    message:
      "Contact details typed into free-text answers were replaced by a marker before anything was saved.",
    context: "Thank-you page, list item",
  },
  "thanks.groups": {
    message:
      "Results are only published as group figures; any group too small to hide an individual is left out.",
    context: "Thank-you page, list item",
  },
  "thanks.findings": {
    message: "Published results appear under <link>Findings</link>. You can close this page now.",
    context: "Thank-you page; <link> marks the link to the published results",
  },
  "thanks.tabTitle": { message: "Thank you", context: "Browser tab title of the thank-you page" },
  "notEligible.title": {
    message: "Thank you for your interest",
    context: "Page for someone the survey is not meant for",
  },
  "notEligible.body": {
    message:
      "This survey is for a particular group of people, and your answers show it is not meant for you.",
    context: "Not-eligible page, when the survey gives no message of its own",
  },
  "notEligible.nothingKept": { message: "Nothing you entered has been kept.", context: "Not-eligible page" },
  "notEligible.findings": {
    message: "Read what the research has found so far",
    context: "Not-eligible page, link to the findings",
  },
  "answered.title": {
    message: "You have already answered",
    context: "Page shown to a browser that has sent its answers",
  },
  "answered.body": {
    message:
      "Answers were sent from this browser, so there is nothing more to do. Thank you. Published results appear under <link>Findings</link>.",
    context: "Already-answered page; <link> marks the link to the published results",
  },
  "answered.someoneElse": {
    message: "Someone else on this device?",
    context: "Already-answered page, heading",
  },
  "answered.shared": {
    message:
      "If you share this phone or computer and have not answered yet, you can start your own answers. Please answer only once yourself.",
    context: "Already-answered page",
  },
  "answered.startNew": {
    message: "Start new answers for someone else",
    context: "Already-answered page, button",
  },
  "resume.title": { message: "Continue with a resume code", context: "Heading of the resume form" },
  "resume.label": { message: "Resume code", context: "Field of the resume form" },
  "resume.hint": {
    message: "The 16 characters you were shown when you saved, for example ABCD-EFGH-JKMN-PQRS.",
    context: "Help under the resume code field; keep the example code as it is",
  },
  "resume.missing": {
    message: "Enter the 16-character resume code, for example ABCD-EFGH-JKMN-PQRS.",
    context: "Resume form sent empty",
  },
  "resume.tooLong": {
    message: "That is too long to be a resume code.",
    context: "Resume form, code too long",
  },
  "resume.unknown": {
    message:
      "No saved answers match this code. Check it for typos; codes stop working {days, plural, one {# day} other {# days}} after the last save.",
    context: "Resume form, no draft has this code",
  },
  "validation.chooseOne": {
    message: "Choose one answer.",
    context: "A required single-choice question left out",
  },
  "validation.notAnOption": {
    message: "That answer is not one of the options. Choose one of the listed answers.",
    context: "A choice sent that the question does not offer",
  },
  "validation.someNotOptions": {
    message: "One of the answers is not among the options.",
    context: "A multiple-choice answer the question does not offer",
  },
  "validation.chooseAtLeastOne": {
    message: "Choose at least one answer.",
    context: "A required multiple-choice question left out",
  },
  "validation.chooseAtLeast": {
    message: "Choose at least {count, plural, one {# answer} other {# answers}}.",
    context: "Too few answers ticked",
  },
  "validation.chooseAtMost": {
    message: "Choose at most {count, plural, one {# answer} other {# answers}}.",
    context: "Too many answers ticked",
  },
  "validation.exclusive": {
    message: "“{label}” cannot be combined with other answers.",
    context: "An answer such as “None of these” ticked with others; label is that answer",
  },
  "validation.numberRange": {
    message: "Enter a number from {min, number} to {max, number}.",
    context: "A number question left out or out of range",
  },
  "validation.numberDigits": {
    message: "Enter a number from {min, number} to {max, number}, using digits only.",
    context: "A number question answered with letters",
  },
  "validation.numberSteps": {
    message: "Enter a number from {min, number} to {max, number} in steps of {step, number}.",
    context: "A number between the allowed steps",
  },
  "validation.codeAnswerOrUnknown": {
    message: "Give an answer, or tick “I don't know”.",
    context:
      "An identification-code element left empty; “I don't know” is the box next to it (code.dontKnow)",
  },
  "validation.codeLetter": {
    message: "Enter one letter.",
    context: "An identification-code element that asks for a letter got something else",
  },
  "validation.codeRange": {
    message: "Choose a number from {min, number} to {max, number}.",
    context: "An identification-code element whose number is out of range",
  },
  "validation.codeBoth": {
    message: "Give an answer or tick “I don't know”, not both.",
    context: "An identification-code element with both an answer and “I don't know”",
  },
  "code.why": {
    message: "These questions let us connect your answers across our surveys without knowing who you are.",
    context: "Identification-code page, first sentence of the explanation: why it is asked",
  },
  "code.scrambled": {
    message: "Before anything is saved, each answer is turned into a scrambled form with a secret key.",
    context: "Identification-code page: the answers are stored only as keyed hashes",
  },
  "code.nobody": {
    message:
      "Nobody, including the researchers, can read your answers back or work out who you are from them.",
    context: "Identification-code page: what the scrambled form means",
  },
  "code.unknownFine": {
    message: "If you do not know an answer, tick “I don't know”: that is always fine.",
    context: "Identification-code page: the way out for every element",
  },
  "code.dontKnow": {
    message: "I don't know",
    context: "Identification-code page: the box next to each element",
  },
  "code.chooseMonth": {
    message: "Choose a month",
    context: "Identification-code page: first entry of the month list",
  },
  "code.chooseNumber": {
    message: "Choose a number",
    context: "Identification-code page: first entry of a number list",
  },
  "code.letterHint": {
    message: "One letter",
    context: "Identification-code page: hint under a letter field",
  },
  "code.notShown": {
    message: "Your earlier answers are not shown here because they were never kept: please give them again.",
    context: "Identification-code page after “Change” or “Back”: why the fields are empty",
  },
  "code.given": {
    message: "Given",
    context: "Review page: an identification-code element was answered (the answer is never shown)",
  },
  "code.unavailableTitle": {
    message: "This survey cannot take answers at the moment",
    context:
      "Title of the page when a survey with an identification code cannot store it (its key is missing)",
  },
  "code.unavailable": {
    message:
      "Nothing you did caused this, and nothing has been saved. Please try again later; if it keeps happening, tell the research team.",
    context: "Body of the page titled code.unavailableTitle",
  },
  "validation.writeAnswer": {
    message: "Write an answer.",
    context: "A required free-text question left empty",
  },
  "validation.textTooLong": {
    message:
      "Keep the answer to {max, plural, one {# character} other {# characters}} or fewer (it has {length, number}).",
    context: "A free-text answer over the limit",
  },
  "validation.consent": {
    message: "Tick the box to agree before you continue.",
    context: "Consent not given",
  },
  "validation.statement": {
    message: "Choose an answer for this statement.",
    context: "A required statement of a grid of statements left out",
  },
  "validation.check": { message: "Check this answer.", context: "Any other problem with an answer" },
  "validation.onlyOne": {
    message: "Choose only one answer.",
    context: "A single-choice question sent with two answers",
  },
  "validation.unknownFields": {
    message:
      "This page was sent with fields it does not have, so nothing was saved. Reload the page and answer again.",
    context: "A page sent with fields it does not have",
  },
  "validation.honeypot": {
    message:
      "Nothing was saved: a hidden field meant to stay empty was filled in, which is what automated form-filling does. If your browser filled it in for you, it is empty again now: press the button once more.",
    context: "The hidden field (field.honeypot) was filled in",
  },
} as const satisfies Record<string, SourceMessage>;

export type MessageId = keyof typeof sourceCatalog;
