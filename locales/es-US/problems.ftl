# Los problemas que encuentran las revisiones de la biblioteca, como los
# muestra el escritorio (español). Cada id es una clave de
# src/problem/text/keys.rs; `.hint` dice cómo corregirlo.


problem-reading-grade = El folleto tiene un nivel de lectura de grado { $grade } (Flesch–Kincaid); apunta al grado { $target } y no debe pasar del grado { $max }.
    .hint = Acorte las oraciones largas y use palabras más cortas y cotidianas; los grados de cada bloque muestran por dónde empezar.
problem-smog-grade = El grado SMOG del folleto es { $grade }, por encima de su límite de grado { $max }: SMOG cuenta las palabras de tres sílabas o más.
    .hint = Cambie las palabras largas por otras cortas y cotidianas ("medicine" está bien; "medication-assisted" no), empezando por los bloques de grado más alto.
problem-block-reading-grade = El bloque { $number } ({ $kind }, “{ $opening }”) tiene un nivel de grado { $grade } (Flesch–Kincaid, con su título), por encima del límite del folleto, grado { $max }.
    .hint = Divida sus oraciones largas y use palabras más cortas y cotidianas.
problem-spanish-reading = El folleto obtiene { $score } en la escala Szigriszt-Pazos (INFLESZ “{ $band }”); los folletos en español apuntan a { $target } o más (“normal”) y no deben bajar de { $floor }.
    .hint = Acorte las oraciones largas y use palabras más cortas y cotidianas; los puntajes de cada bloque muestran por dónde empezar.
problem-wording = “{ $found }”: { $why }.
    .hint = Diga “{ $instead }”.
problem-clean-dirty = “{ $written }”: dicho de una persona o de una prueba, da a entender que las personas que consumen drogas están sucias.
    .hint = Diga “{ $instead }”.
problem-long-sentence = Una oración de { $count } palabras: “{ $sentence }”. Las oraciones largas son difíciles de seguir.
    .hint = Divídala en oraciones de { $max } palabras o menos.
problem-passive-voice = “{ $phrase }” está en voz pasiva (en “{ $sentence }”): se entiende mejor quién hace qué en voz activa.
problem-jargon = “{ $written }”{ $count ->
        [1] {""}
       *[other] {" "}(aparece { $count } veces)
    } es una palabra médica que muchos lectores no conocen, y no se explica donde se usa por primera vez.{ $later ->
        [0] {""}
       *[other] {" "}Se explica más adelante, en el bloque { $later }: lleve esa explicación al primer uso.
    }
    .hint = Diga “{ $plain }”, o explíquela con palabras sencillas la primera vez: “{ $written } ({ $plain })”.
problem-unexplained-term = “{ $written }”{ $count ->
        [1] {""}
       *[other] {" "}(aparece { $count } veces)
    } es un nombre que los lectores necesitan conocer, pero el folleto no dice qué es donde se usa por primera vez.{ $later ->
        [0] {""}
       *[other] {" "}Se explica más adelante, en el bloque { $later }: lleve esa explicación al primer uso.
    }
    .hint = Explíquelo una vez, la primera vez que se usa: “{ $written }, { $plain }, …” o “{ $written } ({ $plain })”.
problem-unsourced-block = El bloque { $number } ({ $kind }) da información clínica pero no cita ninguna fuente: nadie que lo revise puede comprobarla.
    .hint = Cite la fuente en la que se basa, o pase los datos de la clínica (horario, indicaciones) a un recuadro de nota (Note).
problem-gap = El bloque { $number } todavía tiene un espacio por llenar: “{ $gap }”.
    .hint = Escriba el texto, o use un marcador como {"{"}clinic.phone{"}"} que el perfil llena.
problem-missing-naloxone = Un folleto sobre { $topic ->
        [kratom] el kratom
       *[other] el trastorno por consumo de opioides
    } debe decir qué es la naloxona y dónde conseguirla: revierte una sobredosis de opioides.
    .hint = Agregue una sección corta sobre la naloxona y un bloque Resources(category: Naloxone).
problem-missing-profile-value = El folleto necesita el dato “{ $value }” de la clínica, y el perfil de la clínica no lo tiene, así que no se puede imprimir.
    .hint = Llénelo en "Su clínica", o quite el marcador de la plantilla.
problem-missing-clinic-field = El folleto necesita el dato “{ $value }” de la clínica, y el perfil de la clínica no lo tiene, así que no se puede imprimir.
    .hint = llene el dato “{ $value }” de la clínica: este folleto lo imprime
problem-missing-crisis-contact = La página { $page } de { $pages } no tiene una línea de crisis: las guías de comunicación segura piden una forma de obtener ayuda en cada página.
    .hint = Indique el país de la clínica (para su línea nacional de crisis) o agregue una línea de crisis local al perfil de la clínica.
problem-too-many-pages = Un folleto de { $pages } páginas ya no es un folleto: ocupa más de { $max } páginas, y pocos lectores llegarán al final.
    .hint = Quédese con lo que el lector debe saber y hacer; pase el resto a un segundo folleto.
problem-split-group = Se tuvo que dividir { $group } “{ $description }” entre las páginas { $pages }, porque no cabe en una sola página: un lector podría pasar por alto lo que está en la página siguiente.
    .hint = Acórtelo, o divídalo en partes más pequeñas, cada una con su propio encabezado.
problem-card-part-too-big = La parte “{ $description }” de la tarjeta de bolsillo no cabe en la tarjeta ni siquiera con letra de 8 puntos (página { $pages }); se imprime completa y se sale del borde de la tarjeta: un lector podría pasar por alto lo que está en la página siguiente.
    .hint = Acórtela, o divídala en partes más pequeñas, cada una con su propio encabezado.
problem-resource-unchecked = “{ $name }” nunca se ha verificado: ¿su número sigue siendo correcto?
    .hint = Llame para verificar los datos y luego ponga la fecha de hoy en "Última verificación".
problem-resource-stale = “{ $name }” se verificó por última vez el { $date }, hace más de un año: un número desactualizado puede fallarle a alguien en crisis.
    .hint = Llame para verificar los datos y luego ponga la fecha de hoy en "Última verificación".
problem-profile-name-empty = Falta el nombre de la clínica.
    .hint = Escriba el nombre de la clínica como lo conocen los pacientes.
problem-profile-country = “{ $country }” no es un código de país de dos letras.
    .hint = Use un código de país de dos letras, como "US", "CA", "GB", "IE", "AU" o "NZ".
problem-profile-resource-no-name = Este servicio no tiene nombre.
    .hint = Escriba el nombre del servicio.
problem-profile-phone-characters = “{ $phone }” tiene caracteres que un número de teléfono no puede tener.
    .hint = Use solo números, espacios y + ( ) - ., como se marca, por ejemplo { $example } o 555-0100 ext. 12.
problem-profile-phone-digits = “{ $phone }” tiene { $count ->
        [one] { $count } dígito
       *[other] { $count } dígitos
    }; un número de teléfono tiene de 3 a 15.
    .hint = Un número de teléfono tiene de 3 a 15 dígitos: escríbalo como se marca, por ejemplo { $example }.
problem-profile-website = “{ $url }” no es una dirección web.
    .hint = Escriba una dirección web como { $example }.
problem-profile-unprintable = Este texto tiene { $count ->
        [1] el carácter { $chars }, que ninguna fuente del folleto puede imprimir: saldría como un cuadro vacío.
       *[other] { $count } caracteres que ninguna fuente del folleto puede imprimir ({ $chars }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }): cada uno saldría como un cuadro vacío.
    }
    .hint = { $kind ->
        [invisible] Borre el carácter invisible (suele venir con el texto que se copia de un teléfono o de una página web).
        [emoji] Escríbalo con palabras: las fuentes del folleto no tienen emojis, así que saldría como un cuadro vacío.
        [east-asian] Las fuentes del folleto solo tienen el alfabeto latino (inglés, español y otros idiomas que lo usan): escríbalo con letras latinas.
       *[other] Cámbielo por letras sencillas o signos de puntuación comunes (las fuentes del folleto tienen letras latinas, acentos, comillas y guiones).
    }
problem-profile-unchecked = Este servicio no tiene fecha de última verificación.
    .hint = Verifique los datos y luego ponga la fecha en que los verificó (AAAA-MM-DD).
problem-profile-stale = Este servicio se verificó por última vez el { $date }, hace más de un año.
    .hint = Llame o visite para confirmar los datos y luego actualice la fecha.
problem-profile-checked-in-future = La fecha de última verificación, { $date }, todavía no ha llegado.
    .hint = Ponga la fecha en que realmente se verificaron los datos.
problem-review-overdue = La revisión clínica vencía el { $date }: los datos o las cifras pueden haber cambiado.
    .hint = Pida a un profesional clínico que lo revise de nuevo y lo apruebe con una fecha nueva.
problem-source-year-missing = La fuente { $number } no indica el año, así que nadie puede saber si sigue vigente.
    .hint = Agregue el año de la versión que leyó (para una página web, el año de su última actualización).
problem-source-age = La fuente { $number } ({ $year }) tiene más de cinco años: compruebe que sigue vigente o cite una más reciente; cuando lo haya hecho, anote `checked: "AAAA-MM-DD"`.{ $checked ->
        [none] {""}
       *[other] {" "}Se confirmó por última vez el { $checked }, hace más de un año.
    }
    .hint = Busque una edición o guía más reciente; si esta sigue siendo la vigente, agregue `checked: "{ $today }"` a la fuente { $number }.
problem-no-national-lines = No hay líneas nacionales de ayuda confirmadas para el país “{ $country }”, así que los folletos no imprimirán ninguna línea nacional de crisis: solo los servicios de crisis de este perfil.
    .hint = Revise el código del país (hay líneas confirmadas para { $codes }) y agregue su servicio local de crisis 24/7 como recurso CrisisLine.
problem-untranslated-clinic-text = El recurso { $number } “{ $name }” tiene { $field ->
        [hours] horario
       *[other] notas
    } pero no `{ $key }`: los folletos en español imprimen { $field ->
        [hours] su horario
       *[other] sus notas
    } en inglés.
    .hint = Agregue `{ $key }: "…"` a este recurso con { $field ->
        [hours] su horario
       *[other] sus notas
    } en español sencillo, revisado por un traductor calificado.
problem-unprintable-text = Este texto tiene { $count ->
        [1] el carácter { $chars }, que ninguna fuente del folleto puede imprimir: saldría como un cuadro vacío.
       *[other] { $count } caracteres que ninguna fuente del folleto puede imprimir ({ $chars }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }): cada uno saldría como un cuadro vacío.
    }
    .hint = { $kind ->
        [invisible] Borre el carácter invisible (suele venir con el texto que se copia de un teléfono o de una página web).
        [emoji] Escríbalo con palabras: las fuentes del folleto no tienen emojis, así que saldría como un cuadro vacío.
        [east-asian] Las fuentes del folleto solo tienen el alfabeto latino (inglés, español y otros idiomas que lo usan): escríbalo con letras latinas.
       *[other] Cámbielo por letras sencillas o signos de puntuación comunes (las fuentes del folleto tienen letras latinas, acentos, comillas y guiones).
    }

problem-template-field-empty = { $field ->
        [title] La plantilla no tiene título
        [version] La plantilla no tiene versión
        [audience] La plantilla no dice a quién va dirigida
        [licence] La plantilla no tiene licencia
       *[other] Este campo está vacío
    } (`{ $field }`).
    .hint = Complételo.
problem-template-empty-text = El texto del bloque { $number } ({ $kind }) está vacío.
    .hint = Escríbalo, o quite el bloque.
problem-template-no-items = La lista del bloque { $number } ({ $kind }) no tiene elementos.
    .hint = Agregue elementos, o quite el bloque.
problem-template-unsourced = El bloque { $number } ({ $kind }) da información clínica pero no cita ninguna fuente.
    .hint = Agregue `sources: [n]` con el número de la fuente (o las fuentes) en que se basa.
problem-template-missing-source = El bloque { $number } ({ $kind }) cita la fuente { $cited }, que no está en la lista de fuentes de la plantilla.
    .hint = Agregue a `sources` una fuente con `id: { $cited }`.{ $ids ->
        [none] {" "}La lista todavía no tiene fuentes.
       *[other] {" "}O cite una de estas: { $ids }.
    }
problem-template-unclosed-bold = En el bloque { $number } ({ $kind }), `**` abre un texto en negrita que nunca se cierra.
    .hint = Agregue el `**` de cierre, o quite el de apertura.
problem-template-unclosed-placeholder = En el bloque { $number } ({ $kind }), `{"{"}` abre un marcador que nunca se cierra con `{"}"}`.
    .hint = Agregue la `{"}"}` de cierre.
problem-template-unknown-placeholder = En el bloque { $number } ({ $kind }), `{"{"}{ $name }{"}"}` no es un marcador.
    .hint = Use uno de estos: { $names }.
problem-template-long-word = El bloque { $number } ({ $kind }) tiene una palabra de { $count } caracteres que empieza con `{ $head }…`.
    .hint = Divídala con espacios; ninguna palabra de un folleto necesita ser tan larga.
problem-template-unprintable = Este texto tiene { $count ->
        [1] el carácter { $chars }, que ninguna fuente del folleto puede imprimir: saldría como un cuadro vacío.
       *[other] { $count } caracteres que ninguna fuente del folleto puede imprimir ({ $chars }{ $more ->
            [0] {""}
           *[other] {" "}y { $more } más
        }): cada uno saldría como un cuadro vacío.
    }
    .hint = { $kind ->
        [invisible] Borre el carácter invisible (suele venir con el texto que se copia de un teléfono o de una página web).
        [emoji] Escríbalo con palabras: las fuentes del folleto no tienen emojis, así que saldría como un cuadro vacío.
        [east-asian] Las fuentes del folleto solo tienen el alfabeto latino (inglés, español y otros idiomas que lo usan): escríbalo con letras latinas.
       *[other] Cámbielo por letras sencillas o signos de puntuación comunes (las fuentes del folleto tienen letras latinas, acentos, comillas y guiones).
    }
problem-template-bad-id = El id `{ $id }` no está escrito en minúsculas, con palabras unidas por guiones.
    .hint = Escriba un id como `kratom-risks`.
problem-template-language = `{ $language }` no es una etiqueta de idioma.
    .hint = Escriba una etiqueta BCP 47 como `en-US` o `es-US`.
problem-template-reading-level = El nivel de lectura no tiene un grado objetivo igual o menor que el grado máximo.
    .hint = Para folletos de pacientes, use (target_grade: 6.0, max_grade: 8.0).
problem-template-approved-unnamed = Una plantilla aprobada debe decir quién la revisó, qué función tiene esa persona y la fecha de la revisión.
    .hint = Complete reviewer, reviewer_role y reviewed_on, o ponga status: Draft.
problem-template-review-dates = La próxima revisión ({ $due }) no es posterior a la fecha de revisión ({ $done }).
    .hint = Ponga next_review_due después de reviewed_on; por lo general, un año después.
problem-template-source-twice = El número de fuente { $number } se usa dos veces.
    .hint = Dé a cada fuente su propio número.
problem-template-source-no-citation = La fuente { $number } no tiene cita.
    .hint = Escriba la organización, el título, el año y un identificador.
problem-template-source-url = El url de la fuente { $number }, `{ $url }`, no es una dirección web.
    .hint = Escríbalo empezando con https://
problem-template-no-blocks = La plantilla no tiene bloques, así que el folleto quedaría vacío.
    .hint = Agregue contenido en `blocks: [ … ]`, por ejemplo Heading(text: "…") y Paragraph(text: "…", sources: [1]).
problem-template-fill-in-lines = El bloque { $number } ({ $kind }) pide { $lines } líneas.
    .hint = Use de 1 a 12 líneas, o escriba `fields: ["Date and time", …]`.

## Por qué una lista de palabras marca una palabra (el `why` de word_lists.rs).

why-labels-a-person-by-an-illness-it-puts-people-off-seeking-treatment = define a una persona por una enfermedad; hace que la gente evite buscar tratamiento
why-labels-people-by-an-illness-it-puts-people-off-seeking-treatment = define a las personas por una enfermedad; hace que la gente evite buscar tratamiento
why-abuse-words-blame-the-person-and-raise-stigma = las palabras con “abuse” culpan a la persona y aumentan el estigma
why-a-slur-that-shames-the-reader = es un insulto que avergüenza a quien lee
why-labels-a-person-by-an-illness = define a una persona por una enfermedad
why-labels-people-by-an-illness = define a las personas por una enfermedad
why-makes-an-illness-sound-like-a-choice = presenta una enfermedad como si fuera una decisión
why-suggests-treatment-swaps-one-drug-for-another-it-is-medicine-for-an-illness = da a entender que el tratamiento cambia una droga por otra; es un medicamento para una enfermedad
why-medicine-for-opioid-use-disorder-is-treatment-not-trading-drugs = el medicamento para el trastorno por consumo de opioides es un tratamiento, no un cambio de drogas
why-often-heard-as-a-judgement-of-failure = muchas veces se oye como un juicio de fracaso
why-labels-a-person-by-what-they-do = define a una persona por lo que hace
why-labels-people-by-what-they-do = define a las personas por lo que hacen
why-committed-links-suicide-with-crime-or-sin = “committed” relaciona el suicidio con un delito o un pecado
why-commit-links-suicide-with-crime-or-sin = “commit” relaciona el suicidio con un delito o un pecado
why-commits-links-suicide-with-crime-or-sin = “commits” relaciona el suicidio con un delito o un pecado
why-committing-links-suicide-with-crime-or-sin = “committing” relaciona el suicidio con un delito o un pecado
why-presents-death-as-a-success = presenta la muerte como un éxito
why-presents-surviving-as-a-failure = presenta el hecho de sobrevivir como un fracaso
why-presents-death-as-an-achievement = presenta la muerte como un logro
why-makes-suicide-sound-common-and-inevitable = hace que el suicidio parezca común e inevitable
why-labels-a-person-by-a-behaviour = define a una persona por una conducta
why-labels-people-by-a-behaviour = define a las personas por una conducta
why-self-harm-is-a-sign-of-distress-calling-it-attention-seeking-stops-people-asking-for-help = la autolesión es una señal de sufrimiento; decir que es para llamar la atención hace que las personas no pidan ayuda
why-method-detail-amounts-that-kill-must-never-be-printed = detalle del método: nunca se deben imprimir cantidades que causan la muerte
why-method-detail-amounts-must-never-be-printed = detalle del método: nunca se deben imprimir cantidades
why-method-detail-never-name-a-method = detalle del método: nunca nombre un método
why-method-detail-never-describe-a-method = detalle del método: nunca describa un método
why-method-detail-never-describe-where-or-how = detalle del método: nunca describa dónde ni cómo
why-method-detail-never-name-an-implement = detalle del método: nunca nombre un objeto o instrumento
why-method-detail-never-compare-methods = detalle del método: nunca compare métodos
why-calls-a-person-s-illness-a-vice = llama vicio a la enfermedad de una persona
why-abuso-words-blame-the-person-and-raise-stigma = las palabras con “abuso” culpan a la persona y aumentan el estigma
why-cometer-links-suicide-with-crime-or-sin = “cometer” relaciona el suicidio con un delito o un pecado
why-method-detail-never-name-or-describe-a-method = detalle del método: nunca nombre ni describa un método
why-labels-a-person-by-a-past-illness = define a una persona por una enfermedad que ya pasó
why-calls-an-illness-a-vice-a-moral-failing = llama vicio a una enfermedad, como si fuera una falla moral

## Los tipos de bloque (`Block::kind_name`), como los nombra un mensaje.

kind-heading = Encabezado
kind-paragraph = Párrafo
kind-bullets = Lista con viñetas
kind-steps = Pasos numerados
kind-callout = Recuadro
kind-resources = Recursos locales
kind-fillin = Sección para llenar
kind-sources = Fuentes

## Los grupos que el diseño mantiene en una sola página (`GroupKind::label`),
## con su artículo, como los nombra el aviso de un grupo dividido.

group-keep-together-section = la sección que debe ir en una sola página
group-steps-list = la lista de pasos
group-urgent-box = el recuadro urgente
group-note-box = el recuadro de nota
group-resource-entry = el recurso
group-fill-in = la sección para llenar
group-lead-in-and-its-first-two-items = la frase de introducción y sus dos primeros elementos

## Los caracteres invisibles que nombra un mensaje (`fonts::describe_char`),
## por su código y su nombre.

char-u-200b-zero-width-space = U+200B espacio de ancho cero
char-u-200c-zero-width-non-joiner = U+200C carácter de no unión de ancho cero
char-u-200d-zero-width-joiner = U+200D carácter de unión de ancho cero
char-u-2060-word-joiner = U+2060 carácter de unión de palabras
char-u-feff-zero-width-no-break-space-byte-order-mark = U+FEFF espacio de ancho cero sin salto (marca de orden de bytes)
char-u-fe0e-text-presentation-selector = U+FE0E selector de presentación como texto
char-u-fe0f-emoji-presentation-selector = U+FE0F selector de presentación como emoji
char-u-200e-left-to-right-mark = U+200E marca de izquierda a derecha
char-u-200f-right-to-left-mark = U+200F marca de derecha a izquierda
