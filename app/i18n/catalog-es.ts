import type { TranslationCatalog } from "./catalog-types";

/**
 * Spanish: a DRAFT translation by the project (not reviewed by a translator). Neutral Spanish addressed with
 * "usted", for respondents across Spain and Latin America.
 */
export const spanishCatalog: TranslationCatalog = {
  language: "es",
  status: "draft",
  messages: {
    "site.skipLink": "Ir al contenido",
    "site.navLabel": "Principal",
    "site.findings": "Resultados",
    "site.lab": "Laboratorio",
    "site.footer":
      "Negative Space es software de investigación de código abierto. Las respuestas se guardan sin nombres, sin direcciones de red y sin la hora del día.",
    "site.titleSuffix": "{title} — Negative Space",
    "language.label": "Idioma",
    "language.submit": "Cambiar de idioma",
    "language.notOffered":
      "Esta encuesta no está disponible en el idioma que pedía su enlace ({requested}), así que se muestra en {shown}.",
    "survey.closed": "Esta encuesta ya está cerrada y no admite más respuestas. Gracias por su interés.",
    "survey.notOpen": "Esta encuesta todavía no está abierta. Vuelva más adelante, por favor.",
    "refusal.tooLargeTitle": "Era demasiado para enviar",
    "refusal.unreadableTitle": "No se ha podido leer",
    "refusal.tooLarge":
      "El formulario era más grande de lo que este sitio acepta. No se ha guardado nada; acorte sus respuestas e inténtelo de nuevo.",
    "refusal.unreadable":
      "No se ha podido leer el formulario. No se ha guardado nada; envíe la página otra vez, por favor.",
    "refusal.tooMany":
      "Ha habido demasiados intentos en poco tiempo. Espere un momento e inténtelo de nuevo.",
    "refusal.back": "Use el botón Atrás de su navegador para volver al formulario.",
    "page.progress": "Paso {step, number} de {total, number}",
    "page.title": "{page} ({step, number} de {total, number}) — {survey}",
    "page.minutes":
      "Unos {minutes, plural, one {# minuto} many {# minutos} other {# minutos}}. Puede dejarlo en cualquier momento y guardar para seguir más tarde.",
    "page.dataUse": "Qué guardamos y qué no guardamos nunca",
    "page.resumeQuestion": "¿Empezó antes en otro dispositivo?",
    "page.resumeLink": "Continúe con su código para retomar",
    "page.changing":
      "Está cambiando una respuesta. «Continuar» la guarda y le lleva de vuelta a sus respuestas (antes, a cualquier pregunta nueva que traiga el cambio).",
    "page.backToReview": "Volver a sus respuestas sin cambiar nada",
    "page.continue": "Continuar",
    "page.continueToReview": "Continuar y revisar",
    "page.back": "Atrás",
    "save.summary": "Guardar y terminar más tarde",
    "save.explanation":
      "Sus respuestas se guardan en este dispositivo cada vez que continúa. Para terminar en otro dispositivo, o si borra los datos del navegador, use este código en un plazo de {days, plural, one {# día} many {# días} other {# días}}:",
    "save.button": "Guardar esta página y parar por ahora",
    "field.optional": "(opcional)",
    "field.errorPrefix": "Error:",
    "field.numberRange": "Un número de {min, number} a {max, number}.",
    "field.numberRangeSteps": "Un número de {min, number} a {max, number}, en pasos de {step, number}.",
    "field.textLimit":
      "Hasta {max, plural, one {# carácter} many {# caracteres} other {# caracteres}}. No escriba nombres, direcciones de correo electrónico ni números de teléfono.",
    "field.honeypot": "Deje este campo vacío: sirve para detectar formularios rellenados automáticamente.",
    "errors.title": "Hay un problema",
    "invitation.label": "Código de invitación",
    "invitation.hint":
      "Esta encuesta es solo por invitación. Escriba las 12 letras y cifras de su invitación, por ejemplo ABCD-EFGH-JKMN. El código solo se comprueba y se marca como usado: no se guarda con sus respuestas.",
    "invitation.missing": "Escriba el código de su invitación.",
    "invitation.tooLong":
      "Es demasiado largo para ser un código de invitación: tiene 12 letras y cifras, como ABCD-EFGH-JKMN.",
    "invitation.alreadyUsed":
      "Este código de invitación ya se ha usado: cada código abre la encuesta una sola vez. Si empezó antes con él, continúe con su código para retomar.",
    "invitation.unknown":
      "Este no es un código de invitación de esta encuesta. Compárelo con su invitación: 12 letras y cifras, como ABCD-EFGH-JKMN.",
    "review.title": "Revise sus respuestas",
    "review.intro":
      "No se envía nada hasta que pulse «Enviar mis respuestas». Antes puede cambiar cualquier respuesta.",
    "review.change": "Cambiar",
    "review.changeHidden": "las respuestas de «{section}»",
    "review.notAnswered": "Sin respuesta",
    "review.send": "Enviar mis respuestas",
    "saved.title": "Sus respuestas están guardadas",
    "saved.sameDevice":
      "Si vuelve en este dispositivo y navegador, basta con abrir otra vez el enlace de la encuesta: seguirá donde lo dejó.",
    "saved.otherDevice":
      "En otro dispositivo, o si borra los datos del navegador, necesitará este código para retomar:",
    "saved.codeLabel": "Código para retomar {spelled}",
    "saved.expiry":
      "Anótelo o haga una captura de pantalla. Sirve hasta el {expiresOn} ({days, plural, one {# día} many {# días} other {# días}} después de la última vez que guardó); después, las respuestas guardadas se borran. No podemos recuperar un código perdido: solo guardamos una versión cifrada.",
    "saved.continue": "Seguir con la encuesta ahora",
    "thanks.title": "Gracias: hemos recibido sus respuestas",
    "thanks.lede":
      "Lo que nos ha contado forma ya parte de lo que el trabajo de atención al cliente suele dejar fuera.",
    "thanks.whatHappens": "Qué pasa con sus respuestas",
    "thanks.noIdentity":
      "Se guardan sin su nombre, su correo electrónico, su dirección de red ni la hora del día en que respondió.",
    "thanks.scrubbed":
      "Los datos de contacto escritos en respuestas de texto libre se sustituyeron por una marca antes de guardar nada.",
    "thanks.groups":
      "Los resultados solo se publican como cifras de grupo; se omite cualquier grupo demasiado pequeño para ocultar a una persona.",
    "thanks.findings":
      "Los resultados publicados aparecen en <link>Resultados</link>. Ya puede cerrar esta página.",
    "thanks.tabTitle": "Gracias",
    "notEligible.title": "Gracias por su interés",
    "notEligible.body":
      "Esta encuesta está dirigida a un grupo concreto de personas y, según sus respuestas, no es para usted.",
    "notEligible.nothingKept": "No se ha guardado nada de lo que escribió.",
    "notEligible.findings": "Lea lo que ha encontrado la investigación hasta ahora",
    "answered.title": "Ya ha respondido",
    "answered.body":
      "Desde este navegador ya se enviaron respuestas, así que no tiene que hacer nada más. Gracias. Los resultados publicados aparecen en <link>Resultados</link>.",
    "answered.someoneElse": "¿Otra persona en este dispositivo?",
    "answered.shared":
      "Si comparte este teléfono u ordenador y todavía no ha respondido, puede empezar sus propias respuestas. Responda solo una vez, por favor.",
    "answered.startNew": "Empezar respuestas nuevas para otra persona",
    "resume.title": "Continuar con un código para retomar",
    "resume.label": "Código para retomar",
    "resume.hint": "Los 16 caracteres que vio al guardar, por ejemplo ABCD-EFGH-JKMN-PQRS.",
    "resume.missing": "Escriba el código de 16 caracteres, por ejemplo ABCD-EFGH-JKMN-PQRS.",
    "resume.tooLong": "Es demasiado largo para ser un código para retomar.",
    "resume.unknown":
      "Ninguna respuesta guardada coincide con este código. Compruebe que esté bien escrito; los códigos dejan de funcionar {days, plural, one {# día} many {# días} other {# días}} después de la última vez que se guardó.",
    "validation.chooseOne": "Elija una respuesta.",
    "validation.notAnOption":
      "Esa respuesta no es una de las opciones. Elija una de las respuestas de la lista.",
    "validation.someNotOptions": "Una de las respuestas no está entre las opciones.",
    "validation.chooseAtLeastOne": "Elija al menos una respuesta.",
    "validation.chooseAtLeast":
      "Elija al menos {count, plural, one {# respuesta} many {# respuestas} other {# respuestas}}.",
    "validation.chooseAtMost":
      "Elija como máximo {count, plural, one {# respuesta} many {# respuestas} other {# respuestas}}.",
    "validation.exclusive": "«{label}» no se puede combinar con otras respuestas.",
    "validation.numberRange": "Escriba un número de {min, number} a {max, number}.",
    "validation.numberDigits": "Escriba un número de {min, number} a {max, number}, solo con cifras.",
    "validation.numberSteps":
      "Escriba un número de {min, number} a {max, number} en pasos de {step, number}.",
    "validation.writeAnswer": "Escriba una respuesta.",
    "validation.textTooLong":
      "La respuesta debe tener como máximo {max, plural, one {# carácter} many {# caracteres} other {# caracteres}} (ahora tiene {length, number}).",
    "validation.consent": "Marque la casilla para aceptar antes de continuar.",
    "validation.statement": "Elija una respuesta para esta afirmación.",
    "validation.check": "Revise esta respuesta.",
    "validation.onlyOne": "Elija solo una respuesta.",
    "validation.unknownFields":
      "Esta página se envió con campos que no tiene, así que no se guardó nada. Vuelva a cargar la página y responda otra vez.",
    "validation.honeypot":
      "No se guardó nada: se rellenó un campo oculto que debe quedar vacío, como hacen los programas que rellenan formularios automáticamente. Si lo rellenó su navegador, ya está vacío de nuevo: pulse el botón otra vez.",
  },
};
