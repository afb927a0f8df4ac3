import type { CodebookNotes } from "../codebook";

/**
 * Item-writing and design rationale for the default instrument, shown in its codebook.
 * Kept out of the definition JSON on purpose: respondents never see it, and changing a
 * note must not make a new instrument version. Keys must be ids in the definition.
 */
export const supportWorkAndErosionNotes: CodebookNotes = {
  general: [
    'Wording: the Copenhagen Burnout Inventory items are used verbatim ("clients" worded as "customers", which the authors allow). Every other item was written for this project: short, concrete, one idea per item, plain words for a tired reader on a phone.',
    "Section order: after consent and work context, the outcome questions (burnout, capacity to invest, protective restructuring) come before the questions about abusive customers and about employer support, so those cannot prime the burnout answers. Work context comes first because it is quick and the role answer drives the branches.",
    '"Customers" means the people a practitioner supports; the page intros tell internal IT help-desk staff that this means their colleagues.',
    "People who have left support (role = 5) answer the personal CBI scale about now, skip the work and client CBI scales (they ask about current work with customers), answer the job, capacity, protective, exposure and institutional questions for their last support job, worded in the past tense for them (the same variables and codes; the wordings are listed under each question), and get the after-leaving page.",
    "Code conventions for non-substantive answers: 96 = another / something else, 97 = none of these, 98 = don't know / not sure, 99 = prefer not to say. 98 and 99 are missing for scoring.",
    "Timing (about 10 minutes): about 50 short closed answers for a current practitioner at about 8–10 seconds each on a phone, plus reading the consent text and the optional free-text answer. Former practitioners skip 13 CBI items and answer 5 others.",
  ],
  pages: {
    consent:
      "Eligibility is checked on the first page: anyone under 18 or without support experience is screened out politely and nothing is stored.",
    wellbeing:
      "CBI personal burnout, all items on the frequency scale, in the original order. CBI rows are never shuffled: the scale was developed and normed in a fixed order, and keeping it makes scores comparable with published samples.",
    your_work:
      "CBI work-related burnout. A matrix shares one answer scale, so the scale is split into a degree matrix (items 1–3) and a frequency matrix (items 4–7) on the same page; together they keep the original item order.",
    customers:
      "CBI client-related burnout. Items 1–4 use the degree scale and items 5–6 the FREQUENCY scale, as in the original (putting 5–6 on the degree scale is a common error in public implementations). Team leads, managers and operations staff see it too; the half-answered rule tolerates rows they leave blank.",
    capacity:
      "Own matrix rows are shuffled per respondent (order stored with the response) to spread order effects; the two 0–10 ratings come first so the statements do not colour them.",
    record_use:
      "A separate page because a display condition may only read answers from earlier pages; shown only to people who keep a proficiency record now.",
    after_leaving: "Role-switch branch: only people who have left support work see it.",
  },
  variables: {
    consent:
      "States the purpose, anonymity, that taking part is voluntary and can stop at any time, and what is not stored. The full data-use statement is shown alongside it.",
    support_experience:
      "One criterion (current or former practitioner) because the study includes people who have left; current versus former status is read from role.",
    years_support:
      "Required because tenure is the main axis of the harm trajectory. Half years are allowed; publications use the bands.",
    role: "Required because it drives the branches (code 5 opens the after-leaving page, skips the work and client CBI pages and words the later job questions in the past tense). It is asked on its own page with tenure so that every later page can be worded before it is shown.",
    live_share: "A rough percentage in steps of 5: precise time accounting is not realistic from memory.",
    org_size:
      "Counts the whole employer, not only the support team, so outsourced agents answer for their employer.",
    hostile_freq:
      'Examples in brackets anchor "hostile or abusive" on the same behaviours for everyone; answers use concrete time spans rather than vague words such as "often".',
    asym_name: "Asymmetric exposure, practitioner side: identifiable by name.",
    asym_face: "Asymmetric exposure, practitioner side: identifiable by face.",
    asym_recorded: "Exposure through recording of the conversation.",
    asym_customer_anon:
      "Asymmetric exposure, customer side. No combined score is defined yet: asymmetry is practitioner identifiability (name, face) together with customer anonymity, and its form should be settled with data.",
    cbi_w7: "Reverse-scored as in the original: more energy for family and friends means less burnout.",
    capacity_start:
      '"Capacity to invest" in plain words. Recalled retrospectively, so it carries recall bias; read capacity_drop with that in mind.',
    capacity_now:
      "Former practitioners answer for their last months in support; their wording says so in the past tense.",
    prot_hold_back: "Holding back care to protect oneself.",
    prot_script: "Scripted distance.",
    prot_dread: "Dreading the queue.",
    prot_switch_off: "Emotional switching-off as protection.",
    prot_short:
      "Conserving energy by keeping contact minimal; the stated reason separates it from plain efficiency.",
    prot_let_care: "Reverse-keyed to counter agreeing with everything.",
    inst_wellbeing: "Perceived organisational support, in the project's own words.",
    inst_replaceable: "Reverse-scored: a perceived-organisational-support statement keyed the other way.",
    inst_backing: "Manager backing when customers are abusive.",
    inst_escalation: "Clear escalation paths.",
    inst_attention:
      'Attention check, not part of any scale. It sits among shuffled rows so its position varies, and expects "Disagree" (2): straight-lining at either end or in the middle fails it.',
    inst_recovery: "Recovery time after difficult conversations.",
    inst_recognition: "Recognition of preventive (invisible) work in evaluations.",
    inst_feedback: "Support feedback reaching product and engineering.",
    proficiency_record:
      '"Not now, but I used to" separates people who dropped the practice from those who never had it.',
    record_after_hard: "The suggested use of such a record is re-reading it after a difficult conversation.",
    left_strain_reason:
      "Helps judge selection: people who left because of strain may differ from those who stayed.",
    left_drain_now:
      "The project's own CBI-style item on the CBI degree scale (scored 100–0); not a CBI item and not part of any scale.",
    left_worn_recall:
      "The project's own CBI-style item on the CBI frequency scale (scored 100–0); not a CBI item and not part of any scale.",
    protect_text:
      "Optional. E-mail addresses, phone numbers and web links are replaced by a marker before storage; read for names before quoting.",
  },
  scales: {
    cbi_personal:
      "Needs at least 3 of 6 answered. There is no official CBI total score and no official severity bands.",
    cbi_work: "Needs at least 4 of 7 answered.",
    cbi_client: "Needs at least 3 of 6 answered.",
    protective_restructuring:
      "New scale: check reliability and dimensionality on the data before interpreting it.",
    institutional_support:
      "New scale: check reliability and dimensionality on the data before interpreting it; the items may also be analysed one by one.",
  },
  derived: {
    capacity_drop: "Positive values mean less capacity now than at the start.",
  },
};
