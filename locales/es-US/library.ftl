# Los nombres de las reglas, lugares, puntos de PEMAT-P, temas, categorías de
# recursos y estados de revisión de la biblioteca, como los muestra el
# escritorio. Los ids se forman en src/app/i18n/words.rs.

## Un problema en una lista
severity-error = error
severity-warning = aviso
list-hint = sugerencia
advice-say-prefix = Diga
advice-say = Mejor diga { $wording }
advice-try = Sugerencia: { $hint }

## Reglas
rule-reading-grade = nivel de lectura
rule-block-reading-grade = nivel de lectura del bloque
rule-smog-grade = grado SMOG
rule-long-sentence = oración larga
rule-passive-voice = voz pasiva
rule-jargon = palabra médica
rule-unexplained-term = término sin explicar
rule-stigmatising-language = lenguaje estigmatizante
rule-unsafe-suicide-language = lenguaje poco seguro sobre el suicidio
rule-unprintable-character = carácter que no se puede imprimir
rule-missing-crisis-contact = falta un contacto de crisis
rule-no-national-lines = sin líneas nacionales
rule-missing-naloxone = falta información sobre la naloxona
rule-unsourced-block = bloque sin fuente
rule-source-age = fuente antigua
rule-source-year-missing = fuente sin año
rule-unfilled-placeholder = espacio sin llenar
rule-stale-resource = recurso sin verificar
rule-untranslated-clinic-text = texto de la clínica sin traducir
rule-review-overdue = revisión vencida
rule-split-group = grupo dividido entre páginas
rule-too-many-pages = demasiadas páginas
rule-invalid-template = plantilla no válida
rule-invalid-profile = perfil no válido

## Dónde está un problema
place-whole = todo el folleto
place-block = bloque { $number }
place-page = página { $number }
place-title = el título
place-subtitle = el subtítulo
place-source = fuente { $number }
place-clinic-name = nombre de la clínica
place-clinic-country = país de la clínica
place-clinic-address = dirección de la clínica
place-clinic-phone = teléfono de la clínica
place-clinic-website = sitio web de la clínica
place-resource-name = recurso { $number }: nombre
place-resource-phone = recurso { $number }: teléfono
place-resource-address = recurso { $number }: dirección
place-resource-hours = recurso { $number }: horario
place-resource-website = recurso { $number }: sitio web
place-resource-notes = recurso { $number }: notas
place-resource-hours-es = recurso { $number }: horario en español
place-resource-notes-es = recurso { $number }: notas en español
place-resource-last-checked = recurso { $number }: última verificación

## Puntos de PEMAT-P que evalúa el programa, por número de la AHRQ
pemat-item-5 = Se usa la voz activa
pemat-item-8 = La información está dividida en secciones cortas
pemat-item-9 = Las secciones tienen títulos informativos
pemat-item-11 = Hay un resumen
pemat-item-20 = Se indica con claridad al menos una acción que el lector puede tomar
pemat-item-22 = Las acciones están divididas en pasos claros y numerados
pemat-item-23 = Se ofrece una herramienta concreta (lista de verificación, plan, formulario para llenar)

## Por qué se cumple o no un punto de PEMAT-P
pemat-why-passive = { $passive } de { $total } oraciones están en voz pasiva (se acepta 1 de cada 10 como máximo)
pemat-why-sections = { $headings } títulos; el tramo más largo sin título tiene { $longest } palabras (máximo { $max })
pemat-why-no-headings = no hay títulos
pemat-why-clear-headings = { $count } títulos, ninguno vago
pemat-why-vague-headings = títulos vagos: { $headings }
pemat-why-summary = { $part ->
        [opening] la apertura
        [callout] el primer recuadro
       *[paragraph] el primer párrafo
    } ({ $words } palabras) nombra la acción principal: “{ $sentence }”
pemat-why-summary-long = { $part ->
        [opening] la apertura
        [callout] el primer recuadro
       *[paragraph] el primer párrafo
    } nombra una acción pero tiene { $words } palabras (un resumen tiene { $max } como máximo)
pemat-why-no-summary = ningún resumen corto al principio nombra la acción principal (una apertura, un primer recuadro o un primer párrafo de { $max } palabras como máximo, con una instrucción como “Llame …”)
pemat-why-action = por ejemplo: “{ $sentence }”
pemat-why-no-action = ninguna oración le dice al lector qué hacer
pemat-why-steps = tiene una lista numerada de pasos
pemat-why-no-steps = no tiene un bloque de pasos (Steps)
pemat-why-no-tool = no hay un plan ni una lista para llenar (bloques FillIn)
pemat-why-one-tool = un plan para llenar: “{ $label }”
pemat-why-tools = un plan para llenar de { $count } partes, desde “{ $first }”

## Temas de los folletos
topic-self-harm = Autolesión
topic-opioid-use-disorder = Trastorno por consumo de opioides
topic-kratom = Kratom
topic-other = Otro

## Categorías de recursos
category-crisis-line = Línea de crisis
category-treatment-provider = Proveedor de tratamiento
category-naloxone = Naloxona
category-pharmacy = Farmacia
category-support-group = Grupo de apoyo
category-clinic-contact = Contacto de la clínica
category-other = Otro

## Estado de revisión
badge-approved = Aprobado
badge-draft = Borrador
badge-review-overdue = Revisión vencida
