# Las palabras propias de la aplicación en español (EE. UU.), en español
# neutro de Latinoamérica. Sintaxis de Project Fluent.
#
# PENDIENTE DE REVISIÓN: este texto espera la revisión de un traductor médico
# calificado, como los folletos en español. (Awaiting review by a qualified
# medical translator, as the Spanish handouts are.)
#
# Cada mensaje de locales/en-US/desk.ftl está aquí, en el mismo orden;
# `cargo test app::i18n` lo comprueba.

## Panel para completar: su clínica

clinic-heading = Su clínica
clinic-name = Nombre de la clínica
clinic-name-hint = p. ej., Clínica Comunitaria Riverside
clinic-address = Dirección
clinic-address-hint = Calle, ciudad, código postal
clinic-phone = Teléfono
clinic-phone-hint = p. ej., (555) 010-2000
clinic-website = Sitio web
clinic-website-hint = p. ej., https://clinic.example
clinic-country = Código del país
clinic-country-hint = p. ej., US
clinic-saved-in = Se guarda en esta computadora mientras escribe, en { $path }. No se guarda ningún dato del paciente.
clinic-all-filled = Todo está completo
clinic-to-check = { $count ->
    [one] { $count } dato para revisar
   *[other] { $count } datos para revisar
}
clinic-to-fix = { $count ->
    [one] { $count } dato para corregir
   *[other] { $count } datos para corregir
}

## Completar con el paciente

patient-heading = Completar con el paciente
patient-not-saved = No se guarda: se borra al cerrar este folleto.
patient-clear = Borrar
patient-explain = Escriba las palabras del paciente. Aparecen en las líneas del folleto; imprima o guarde el PDF antes de cerrarlo.

## Qué cambió (una copia de la clínica frente a su original)

changes-none = No hay cambios respecto al original.
changes-block = Bloque { $number }
changes-block-of-original = Bloque { $number } del original
changes-block-unplaced = Bloque
changes-was-block = Era el bloque { $number }.
changes-before = Antes: { $text }
changes-after = Después: { $text }
changes-sources-lost = Fuentes quitadas
changes-sources-gained = Fuentes agregadas
changes-field-changed = Cambió { $field }: “{ $before }” pasó a “{ $after }”
changes-field-added = Se agregó { $field }: { $after }
changes-field-removed = Se quitó { $field }: { $before }
changes-not-in-sources = no está en la lista de fuentes
changes-window-title = Qué cambió en { $title } (de v{ $old } a v{ $new })
changes-window-explain = Estos son los cambios del original desde que se hizo su copia. Su copia conserva su propio texto: para traer lo que necesite, edítela.

## Vista previa

preview-previous-page = Página anterior
preview-previous-page-hover = Página anterior (Re Pág)
preview-next-page = Página siguiente
preview-next-page-hover = Página siguiente (Av Pág)
preview-no-pages = No hay páginas
preview-page-of = Página { $page } de { $total }
preview-zoom = Zoom
preview-zoom-in = Acercar
preview-zoom-out = Alejar
preview-zoom-fit-width = Ajustar al ancho
preview-zoom-fit-page = Página completa
preview-paper = Papel
preview-paper-size = Tamaño del papel
preview-print-format = Formato de impresión
paper-letter = Carta
paper-a4 = A4
format-standard = Estándar
format-large-print = Letra grande
format-wallet-cards = Tarjetas de bolsillo
preview-summary = Vista previa de la página { $page } de { $total }: { $title }
preview-overdue = Revisión vencida — solo se muestra aquí, no se imprime
preview-overdue-since = Revisión vencida desde el { $date } — solo se muestra aquí, no se imprime
preview-cannot-show = Este folleto todavía no se puede mostrar
preview-fill-in-first = Complete los datos de la clínica a la derecha y aparecerá la vista previa.

## Panel de revisiones de calidad

quality-title = Revisiones de calidad
quality-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
quality-warnings = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
quality-all-clear = Todo en orden
quality-show = Mostrar
quality-show-name = Mostrar las revisiones de calidad
quality-hide = Ocultar
quality-hide-name = Ocultar las revisiones de calidad
quality-no-findings = Sin hallazgos: las palabras, las fuentes y las líneas de ayuda están bien.
quality-reading-grade = Grado de lectura
quality-grade-target = meta { $target }, máximo { $max }
quality-smog-grade = Grado SMOG
quality-years-of-school = años de escuela
quality-reading-ease = Facilidad de lectura
quality-higher-is-easier = más alto es más fácil
quality-inflesz-target = meta { $target } o más, mínimo { $min }
quality-inflesz-band = nivel de facilidad de lectura en español
quality-understandable = Comprensible
quality-actionable = Accionable
quality-items-met = { $met } de { $total } puntos cumplidos
quality-met = Cumple
quality-not-met = No cumple
quality-pemat-person = Los demás puntos de PEMAT-P los revisa una persona: márquelos al aprobar el folleto.
quality-error = Error
quality-warning = Advertencia
quality-whole-handout = Todo el folleto
quality-show-text = Mostrar a qué texto se refiere
quality-go-to-block = Ir a este bloque en el editor

## Menú Pantalla

display-menu = Pantalla
display-theme = Tema
display-theme-system = Del sistema
display-theme-light = Claro
display-theme-dark = Oscuro
display-size = Tamaño de la interfaz
display-size-keys = Ctrl + y Ctrl − también cambian el tamaño.
display-desk-language = Idioma de la aplicación
display-desk-language-note = Solo las palabras de la aplicación: cada folleto se imprime en su propio idioma.
display-keyboard = Teclado
shortcut-tab = Control siguiente o anterior
shortcut-press = Pulsar el botón seleccionado
shortcut-escape = Cerrar un menú o una ventana
shortcut-search = Buscar folletos
shortcut-save = Guardar como PDF
shortcut-print = Imprimir
shortcut-undo = Deshacer un cambio en los bloques
shortcut-redo = Rehacer

## Biblioteca

# En la tarjeta de un folleto que también existe en español; siempre en español.
also-in-this-language = También en español

## Clinician view, library and setup

library-heading = Folletos
library-search = Buscar folletos
library-search-hint = Buscar folletos  (Ctrl+F)
library-search-hover = Título, tema u otro nombre: suboxone, narcan, 7-OH, plan de seguridad… Enter abre el primer resultado.
library-topic = Tema
library-all-topics = Todos los temas
library-recent = Usados hace poco
library-all-handouts = Todos los folletos
library-no-match = Ningún folleto coincide con la búsqueda.
library-clinic-copy = { $title } — copia de la clínica
library-named-copy = { $title } — copia de { $clinic }
library-card-description = { $title }: { $topic }, { $language }, versión { $version }, { $origin }, { $badge }
library-could-not-load = No se pudo cargar ({ $count })
library-problem-at = línea { $line }, columna { $column }: { $message }
library-hint = Sugerencia: { $hint }
clinician-edit-clinic = Editar clínica
clinician-edit-clinic-hover = Cambiar el nombre, el teléfono y los recursos locales de la clínica
clinician-no-clinic-name = Todavía sin nombre de clínica
clinician-example = EJEMPLO — no es una clínica real
clinician-resources-heading = Recursos locales que se incluyen
clinician-resource-no-name = Recurso todavía sin nombre
clinician-no-resources = Ninguno todavía: agregue uno con Editar clínica.
action-print = Imprimir…
action-print-hover = Imprimir este folleto en una impresora de esta computadora (Ctrl+P)
action-save-pdf = Guardar PDF…
action-save-pdf-hover = Guardar este folleto como PDF listo para imprimir (Ctrl+S)
view-clinician = Vista clínica
view-clinician-hover = Elija un folleto, decida qué incluir y guarde el PDF
view-lead = Vista de coordinación
view-lead-hover = Revisiones de calidad, edición, aprobación, compartir, paquetes y registro de folletos
top-clinic-menu = Clínica
top-clinic-menu-hover = Carpeta compartida, paquetes de la clínica y registro de folletos
top-display-hover = Claro u oscuro, y el tamaño de la interfaz (Ctrl + / Ctrl −)
top-export-pdf = Exportar PDF…
top-edit-blocks = Editar bloques
top-edit-blocks-hover = Editar el texto del folleto bloque por bloque (solo copias de la clínica; deshacer con Ctrl+Z)
top-adapt = Adaptar para mi clínica
top-adapt-hover = Hacer una copia de este folleto para su clínica, que usted puede editar
top-approve = Aprobar para uso con pacientes…
top-approve-hover = Un clínico de su clínica aprueba este texto exacto, para que se imprima sin la marca de BORRADOR
setup-title = Configure su clínica
setup-explain = Estos datos van en cada folleto que entregue. Se quedan en esta computadora; nunca se guarda nada sobre un paciente.
setup-website = Sitio web (opcional)
setup-resources-heading = Agregue sus recursos locales
setup-resources-explain = Los lugares a los que sus folletos envían a las personas. Agregue uno o dos ahora; la coordinación de la clínica puede agregar horarios, direcciones y notas después.
setup-add-category = Agregar { $category }
setup-resource-name-hint = como lo conocen los pacientes
setup-fix-red = Corrija los datos marcados en rojo y luego guarde.
setup-save = Guardar los datos de la clínica
setup-skip = Omitir — ver la aplicación con la clínica de ejemplo
setup-cancel = Cancelar
setup-example-note = Los folletos de la clínica de ejemplo dicen en cada página que no es una clínica real. Los folletos incluidos se imprimen con la marca de BORRADOR hasta que un clínico de su clínica los apruebe (Vista de coordinación, Aprobar para uso con pacientes…).
setup-saved = Se guardaron los datos de { $name }. Van en cada folleto.
resources-heading = Recursos locales
resources-explain = Los recursos marcados se imprimen en este folleto, bajo su categoría.
resources-on-handout = en este folleto
resources-not-used = este folleto no lo usa
resources-new-in = Nuevo recurso en
resources-add = Agregar recurso
resources-new-no-name = Nuevo recurso (todavía sin nombre)
resources-check-details = Revisar datos
resources-hide-details = Ocultar datos
resources-hide-details-of = Ocultar datos de { $name }
resources-edit-details = Editar datos
resources-edit-details-of = Editar datos de { $name }
resource-field-of = { $field } de { $name }
resource-new = nuevo recurso
resource-name = Nombre
resource-name-hint = p. ej., Equipo de Crisis del Condado
resource-phone = Teléfono
resource-phone-hint = p. ej., (555) 010-2100
resource-address = Dirección
resource-hours = Horario
resource-hours-hint = p. ej., lun. a vie. de 8 a. m. a 5 p. m., o 24/7
resource-website = Sitio web
resource-notes = Nota para el paciente
resource-notes-hint = p. ej., Puede llegar sin cita
resource-category = Categoría
resource-move-up = Subir
resource-move-up-name = Subir { $name }
resource-move-down = Bajar
resource-move-down-name = Bajar { $name }
resource-remove = Quitar
resource-remove-name = Quitar { $name }
resource-last-checked = Última revisión
resource-last-checked-name = Fecha de última revisión de { $name }
resource-date-format = AAAA-MM-DD
resource-checked-today = Revisado hoy
resource-checked-today-name = { $name } revisado hoy
resource-date-bad = la fecha no está escrita como AAAA-MM-DD
resource-date-bad-hint = escriba la fecha como AAAA-MM-DD, por ejemplo 2026-03-01
status-ready = Listo. Los cambios de su clínica se guardan solos.
status-open-pdf = Abrir PDF
status-show-folder = Mostrar carpeta
status-undo = Deshacer
status-undo-hover = Volver a poner el recurso quitado
status-dismiss = Descartar
status-dismiss-name = Descartar el mensaje { $number }

## Dialogs, clinic tools and the block editor

dialog-cancel = Cancelar
dialog-close-hover = Cerrar (Escape)
dialog-draft-caution = Este folleto es un borrador, todavía no aprobado en su clínica: cada página dirá BORRADOR.
export-title = Guardar folleto como PDF
export-save-to = Guardar en
export-file-exists = Ya existe un archivo con este nombre; al guardar se reemplazará.
export-path-hint = Escriba la ruta completa o elija Examinar… para escoger una carpeta con el diálogo del sistema.
export-save = Guardar PDF
export-save-hover = Guardar el PDF en la ruta de arriba (Enter o Ctrl+S)
export-browse = Examinar…
export-browse-waiting = Esperando el diálogo de archivos…
export-format-large-print = letra grande
export-format-wallet-cards = tarjetas de bolsillo
export-summary = { $title } · { $paper } · { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}
export-summary-format = { $title } · { $paper }, { $format } · { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}
export-review-overdue = La revisión clínica de este folleto está atrasada.
approve-title = Aprobar para uso con pacientes
approve-explain = Usted aprueba este texto exacto para uso con pacientes en { $clinic }. Después se imprime sin la marca BORRADOR. Cualquier cambio posterior, o una nueva versión, lo vuelve borrador otra vez.
approve-explain-your-clinic = Usted aprueba este texto exacto para uso con pacientes en su clínica. Después se imprime sin la marca BORRADOR. Cualquier cambio posterior, o una nueva versión, lo vuelve borrador otra vez.
approve-button = Aprobar
approve-checklist = Lista de revisión (PEMAT-P)
approve-checklist-explain = Marque lo que revisó. Las marcas se guardan con la aprobación; puede aprobar sin marcarlas todas.
approve-translation-explain = Un folleto traducido lo aprueban juntos un profesional clínico y un traductor médico calificado.
approve-back-translated = Traducido de vuelta al inglés y comparado
print-open = Imprimir…
print-open-hover = Imprimir este folleto en una de las impresoras de esta computadora (Ctrl+P)
print-title = Imprimir folleto
print-summary = { $title } · { $paper } · { $format } · { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}
print-summary-qr = { $title } · { $paper } · { $format } · códigos QR · { $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}
print-looking = Buscando impresoras…
print-printer = Impresora
print-printer-default = { $name } (predeterminada)
print-choose-printer = Elija una impresora
print-both-sides = Imprimir por ambos lados
print-wallet-both-sides = Las tarjetas de bolsillo se imprimen por ambos lados, volteando por el borde largo, para que cada reverso quede detrás de su frente.
print-sending = Enviando a la impresora…
print-button = Imprimir
print-save-instead = Guardar PDF en su lugar…
print-look-again = Buscar otra vez
to-fix-first = Corregir primero
to-fix-button = Corregir
to-fix-hover = Cerrar esto e ir al lugar que hay que corregir
to-fix-field = Corregir: { $field }
to-fix-block = Corregir: bloque { $number }
to-fix-item = Corregir { $number }: { $text }
to-fix-read-only = Este folleto no se puede cambiar aquí: “Adaptar para mi clínica” crea una copia que usted puede corregir.
to-fix-whole-read-only = No hay un solo campo al que ir, y este folleto no se puede cambiar aquí: haga lo que indica, o corrija una copia hecha con “Adaptar para mi clínica”.
to-fix-whole = No hay un solo campo al que ir: haga lo que indica, en el editor de bloques (Vista de coordinación, “Editar bloques”).
to-fix-in-file = Esto no se edita aquí: cámbielo en { $file }.
to-fix-worth-a-look = { $count ->
    [one] { $count } cosa para revisar (no impide continuar)
   *[other] { $count } cosas para revisar (no impiden continuar)
}
clinic-window-sharing = Carpeta compartida de plantillas
clinic-window-pack = Paquete de la clínica
clinic-window-log = Registro de folletos
clinic-close = Cerrar
clinic-sharing-explain = Una carpeta que todas las computadoras pueden leer, como una carpeta de red o sincronizada. El responsable de la clínica publica allí las plantillas aprobadas; las demás las ven junto a las incluidas, solo para lectura.
clinic-shared-folder = Carpeta compartida
clinic-shared-folder-hint = p. ej. /mnt/clinic-share/handouts
clinic-use-folder = Usar esta carpeta
clinic-stop-folder = Dejar de usar una carpeta compartida
clinic-publish = Publicar
clinic-publish-copies = Copia “{ $title }” ({ $status }) a la carpeta compartida, con su aprobación.
clinic-publish-button = Publicar en la carpeta compartida
clinic-publish-choose = Elija en la biblioteca una de las plantillas propias de su clínica para publicarla. Las plantillas incluidas y las compartidas ya están en todas las computadoras.
clinic-sign-offs-held = Esta computadora tiene { $count } aprobación(es), de folletos incluidos y de copias de la clínica. Al publicarlas, todas las computadoras que leen la carpeta pueden imprimir esos mismos textos como aprobados.
clinic-publish-sign-offs = Publicar las aprobaciones de esta computadora
clinic-pack-explain = Para computadoras sin carpeta compartida: un archivo con las plantillas de su clínica, su perfil de clínica y sus aprobaciones. Nunca incluye datos de pacientes.
clinic-pack-save-to = Guardar paquete en
clinic-pack-export = Exportar paquete de la clínica
clinic-pack-import-from = Paquete para importar
clinic-pack-import-hint = el archivo .handout-pack del responsable de su clínica
clinic-pack-check = Revisar paquete
clinic-pack-from = De { $clinic } ({ $date }). Al importar se hará lo siguiente:
clinic-pack-from-unnamed = De una clínica sin nombre ({ $date }). Al importar se hará lo siguiente:
clinic-pack-import = Importar
clinic-pack-cancel-import = Cancelar importación
clinic-log-explain = Cada folleto exportado en esta computadora: qué texto salió y cómo se imprimió. No se guarda nada sobre el paciente.
clinic-log-unreadable = { $count } línea(s) del registro no se pudieron leer y se omiten; se muestra el resto.
clinic-log-empty = Todavía no se han exportado folletos en esta computadora.
clinic-log-time = Hora (UTC)
clinic-log-template = Plantilla
clinic-log-version = Versión
clinic-log-hash = Hash
clinic-log-status = Estado
clinic-log-print = Impresión
clinic-log-csv-to = Guardar registro como CSV en
clinic-log-export-csv = Exportar CSV
editor-choose-handout = Elija un folleto de la biblioteca a la izquierda.
editor-title = Editar bloques
editor-undo = Deshacer
editor-undo-name = Deshacer cambio
editor-undo-hover = Deshacer el último cambio (Ctrl+Z)
editor-redo = Rehacer
editor-redo-name = Rehacer cambio
editor-redo-hover = Rehacer (Ctrl+Mayús+Z)
editor-add-after = Lo agrega después del bloque { $number }
editor-add-before-sources = Lo agrega antes de las fuentes; seleccione un bloque para agregarlo después
editor-add-block = Agregar bloque
editor-saved-in = Se guarda mientras escribe, en { $path }. Cualquier cambio lo vuelve borrador hasta que se apruebe otra vez.
editor-review-differences = Revisar diferencias
editor-what-changed = Qué cambió ({ $summary })
editor-handout-title = Título del folleto
editor-handout-title-hint = El título impreso arriba
editor-add-kind = Agregar bloque: { $kind }
editor-grade-under-one = Nivel de lectura menor que 1 (meta { $target })
editor-grade = Nivel de lectura { $grade } (meta { $target })
editor-read-only-shipped = Viene incluido con Handout Desk y su texto revisado se mantiene tal como está. Elija “Adaptar para mi clínica” en la barra superior para hacer una copia propia de su clínica, que sí puede editar.
editor-read-only-shared = Viene de la carpeta compartida de su clínica, que en esta computadora es solo para lectura. El responsable de la clínica lo edita en su computadora y lo vuelve a publicar; o elija “Adaptar para mi clínica” para hacer su propia copia.
editor-read-only-folder = Viene de una carpeta de plantillas indicada en la línea de comandos, que la aplicación no cambia. Elija “Adaptar para mi clínica” para hacer una copia que pueda editar.
editor-cannot-edit = “{ $title }” no se puede editar aquí
editor-select-block = Seleccionar bloque { $number }
editor-select-block-hover = Seleccionar este bloque: “Agregar bloque” agrega después de él
editor-remove = Quitar
editor-remove-block = Quitar bloque { $number }
editor-down = Bajar
editor-move-down = Bajar bloque { $number }
editor-move-down-hover = Bajar
editor-up = Subir
editor-move-up = Subir bloque { $number }
editor-move-up-hover = Subir
editor-grade-hover = Nivel de lectura Flesch–Kincaid de este bloque
editor-add-block-after = Agregar bloque después de este
editor-adds-after = Agrega un bloque después del bloque { $number }
editor-findings = { $count ->
    [one] { $count } hallazgo de calidad
   *[other] { $count } hallazgos de calidad
}
editor-items = Elementos, uno por línea
editor-items-hint = Un elemento por línea
editor-field-of-block = { $field } del bloque { $number }
editor-look = Aspecto
editor-look-urgent = Urgente
editor-look-note = Nota
editor-draw-as = Mostrar el bloque { $number } como { $look }
editor-category = Categoría
editor-category-of = Categoría del bloque { $number }
editor-ruled-lines = Líneas para escribir
editor-lines-of = Líneas del bloque { $number }
editor-sources = Fuentes
editor-sources-hint = p. ej. 1, 3
editor-sources-of = Fuentes del bloque { $number }
editor-fix = Corregir: { $problem }
editor-check = Revisar: { $problem }
editor-hint = Sugerencia: { $hint }

## Opciones de impresión de las dos vistas

format-qr-codes = Códigos QR
format-qr-codes-hint = Un código QR junto a cada recurso con sitio web o teléfono, con la dirección o el número impresos al lado

## Status messages: saving and opening the PDF

export-pdf-document = Documento PDF
notice-choose-handout-first = Elija un folleto antes de guardar un PDF.
notice-export-no-folder = La carpeta { $folder } no existe. Elija otra carpeta; no se guardó nada.
notice-export-saved = Se guardó el PDF ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}) en { $path }
notice-export-log-failed = El PDF se guardó, pero no se actualizó el registro de folletos: { $detail }
notice-export-failed = No se pudo guardar el PDF en { $path }: { $detail }. Su folleto y los datos de su clínica no cambiaron.
notice-no-pdf-viewer = No hay un visor de PDF configurado en esta computadora, así que no se pudo abrir el PDF. Está guardado como { $name }.
notice-no-pdf-viewer-in = No hay un visor de PDF configurado en esta computadora, así que no se pudo abrir el PDF. Está guardado como { $name } en { $folder }.
notice-no-folder-viewer = Esta computadora no tiene un programa para mostrar carpetas. El PDF está en { $folder }.
notice-no-file-dialog = El diálogo de archivos de su sistema no está disponible. Escriba la carpeta y el nombre del archivo en “Guardar en” y luego elija Guardar PDF.

## Status messages: what the checks refused

notice-refused-export = `{ $id }` tiene problemas que corregir primero, así que no se hizo ningún PDF ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} en la lista de abajo).
notice-refused-approve = `{ $id }` tiene problemas que corregir antes de aprobarlo, así que no se aprobó nada ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} en la lista de abajo).
notice-refused-pack-template = La plantilla `{ $id }` tiene problemas que corregir primero, así que no se hizo el paquete: otra computadora rechazaría el paquete entero. Corríjala en el editor antes de empaquetar ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} en la lista de abajo).
notice-refused-pack-profile = El perfil de la clínica tiene problemas que corregir primero, así que no se hizo el paquete: otra computadora lo rechazaría. Corríjalos en el panel “Su clínica” antes de empaquetar ({ $count ->
    [one] { $count } problema
   *[other] { $count } problemas
} en la lista de abajo).

## Approve dialog: fields and messages

approve-reviewer = Nombre de quien revisa
approve-reviewer-hint = p. ej., Dra. A. Rivera
approve-role = Cargo de quien revisa
approve-role-hint = p. ej., Director médico de la clínica
approve-date = Fecha de aprobación
approve-due = Próxima revisión
approve-date-hint = AAAA-MM-DD
approve-translator = Nombre del traductor
approve-translator-hint = traductor médico calificado, p. ej., M. Ortega
approve-bad-date = { $field }: “{ $text }” no es una fecha. Escríbala como AAAA-MM-DD, por ejemplo 2026-12-01.
approve-no-storage = No hay una carpeta donde guardar las aprobaciones, así que no se aprobó nada. Configure HANDOUT_DESK_DATA_DIR con una carpeta en la que pueda escribir.
approve-no-reviewer = Falta el nombre de quien revisa: escriba el nombre del profesional clínico que lo aprueba.
approve-no-role = Falta el cargo de quien revisa: escriba su cargo, p. ej., “Director médico de la clínica”.
approve-no-translator = Un folleto en { $language } lo aprueban un profesional clínico y un traductor médico calificado: escriba el nombre del traductor.
approve-due-before = La próxima revisión ({ $due }) debe ser después de la fecha de aprobación ({ $on }).
approve-failed = No se aprobó nada. { $detail }
notice-approved = “{ $title }” está aprobado para uso con pacientes por { $reviewer }, { $role }; próxima revisión: { $due }.

## Status messages: printing

notice-not-printed = No se imprimió: { $reason }
notice-print-log-failed = El folleto se está imprimiendo, pero no se actualizó el registro de folletos: { $detail }
notice-printed = Se envió “{ $title }” ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}) a la impresora { $printer }.
notice-printed-job = Se envió “{ $title }” ({ $pages ->
    [one] { $pages } página
   *[other] { $pages } páginas
}) a la impresora { $printer } como trabajo { $job }.
print-failed-no-service = Todavía no se puede imprimir desde aquí: esta computadora no tiene un servicio de impresión que el programa pueda usar (los comandos `lpstat` y `lp` de CUPS o, en Windows, Windows PowerShell).
print-failed-no-print-verb = Windows no puede imprimir archivos PDF desde aquí: la aplicación predeterminada para archivos PDF en esta computadora no ofrece la acción Imprimir ({ $detail })
print-failed-not-running = El servicio de impresión (CUPS) de esta computadora no está funcionando.
print-failed-no-printer = No hay ninguna impresora configurada en esta computadora.
print-failed-unknown = No hay ninguna impresora llamada “{ $name }” en esta computadora.
print-failed-no-default = No se eligió una impresora, y esta computadora no tiene una impresora predeterminada.
print-failed-run = No se pudo ejecutar { $program }: { $detail }.
print-failed-timed-out = El servicio de impresión no respondió en { $seconds } segundos (se detuvo { $program }).
print-failed-query = No se pudo pedir la lista de impresoras al servicio de impresión: { $detail }
print-failed-refused = El servicio de impresión no aceptó el trabajo para { $printer }: { $detail }
print-failed-temp-file = No se pudo escribir el PDF para imprimir en { $path }: { $detail }.
print-failed-no-thread = No se pudo empezar a imprimir: { $detail }.
print-failed-not-made = No se pudo hacer el PDF para imprimir: { $detail }.
print-hint-save-instead = Guarde el PDF e imprímalo desde su visor de PDF.
print-hint-start-service = Guarde el PDF e imprímalo desde su visor de PDF, o pida a soporte técnico que inicie el servicio de impresión.
print-hint-add-printer = Guarde el PDF e imprímalo desde su visor de PDF, o pida a soporte técnico que agregue una impresora.
print-hint-printers-here = Las impresoras de aquí son: { $printers }.
print-hint-choose-one = Elija una de estas: { $printers }.
print-hint-timed-out = Revise que la impresora esté encendida y que el servicio de impresión esté funcionando, y vuelva a intentarlo; o guarde el PDF e imprímalo desde su visor de PDF.
print-hint-check-service = Revise que el servicio de impresión esté funcionando, o guarde el PDF e imprímalo desde su visor de PDF.
print-hint-printer-ready = Revise que la impresora esté encendida y lista, o guarde el PDF e imprímalo desde su visor de PDF.
print-hint-unchanged = Su folleto y los datos de su clínica no cambiaron.
print-hint-print-verb = Elija como aplicación predeterminada para PDF un lector que pueda imprimir (uno que muestre Imprimir al hacer clic derecho en un archivo PDF), o guarde el PDF e imprímalo desde su visor de PDF.

## Status messages: the clinic lead's tools

clinic-using-folder = Se usa { $folder }: { $count ->
    [one] se encontró { $count } plantilla compartida. Es
   *[other] se encontraron { $count } plantillas compartidas. Son
} de solo lectura en esta computadora.
clinic-no-folder = Esta computadora ya no lee una carpeta compartida.
clinic-folder-failed = No se cambió la carpeta compartida: { $detail }
clinic-published = Se publicó “{ $title }” en { $path }. Las computadoras que usan esta carpeta lo verán la próxima vez que se abran.
clinic-not-published = No se publicó: { $detail }
clinic-published-sign-offs = Se publicaron { $count } aprobación(es) en { $path }. Las computadoras que usan esta carpeta verán esos folletos aprobados la próxima vez que se abran.
clinic-sign-offs-not-published = No se publicaron las aprobaciones: { $detail }
clinic-pack-saved = Se guardó el paquete de la clínica en { $path }: { $templates } plantilla(s) de la clínica, { $profile }, { $sign_offs } aprobación(es).
clinic-pack-profile-included = el perfil de la clínica
clinic-pack-profile-none = sin perfil de la clínica
clinic-pack-profile-unreadable = sin perfil de la clínica: no se pudo leer el que está guardado en esta computadora ({ $reason }); vuelva a escribir los datos de la clínica y exporte el paquete otra vez para incluirlos
clinic-pack-profile-unreadable-kept = sin perfil de la clínica: no se pudo leer el que está guardado en esta computadora ({ $reason }) y se guardó como { $kept }; vuelva a escribir los datos de la clínica y exporte el paquete otra vez para incluirlos
clinic-pack-not-made = No se hizo ningún paquete: { $detail }
clinic-pack-unreadable = Este paquete no se puede importar: { $detail }
clinic-pack-imported = Se importó { $path }: { $done }.
clinic-pack-import-failed = No se pudo importar: { $detail }
clinic-nothing-imported = No se importó nada.
clinic-log-failed = No se puede mostrar el registro de folletos: { $detail }
clinic-csv-saved = Se { $count ->
    [one] guardó { $count } entrada
   *[other] guardaron { $count } entradas
} como CSV en { $path }.
clinic-csv-not-saved = No se guardó el CSV: { $detail }

## Status messages: resources, clinic copies and the patient's words

notice-removed-resource = Se quitó “{ $name }”.
notice-removed-new-resource = Se quitó el recurso nuevo.
notice-patient-cleared = Se borró lo que se escribió con el paciente: nunca se guarda.
notice-copy-no-storage = No hay una carpeta donde guardar las plantillas de su clínica, así que no se hizo ninguna copia. Configure HANDOUT_DESK_DATA_DIR con una carpeta en la que pueda escribir y vuelva a abrir la aplicación.
notice-copy-failed = No se pudo hacer la copia de la clínica: { $detail }
notice-copy-made = Se hizo “{ $title }” ({ $id }), la copia propia de su clínica, en { $path }. Edítela aquí; se imprime como borrador hasta que se apruebe.
notice-copy-earlier = Ya tenía { $copies } del mismo folleto.
notice-edits-not-saved = No se guardaron los cambios de su plantilla: { $detail }. Todavía están aquí; mantenga la aplicación abierta y vuelva a intentarlo.

## Quality panel rows

quality-finding-label = Hallazgo: { $rule } en { $place }
quality-try-saying = Pruebe decir { $words }
quality-try = Pruebe: { $advice }

## Names of the library's kinds of things

block-heading = Encabezado
block-paragraph = Párrafo
block-bullets = Lista con viñetas
block-steps = Pasos numerados
block-callout = Recuadro
block-resources = Recursos locales
block-fill-in = Sección para llenar
block-sources = Fuentes
block-field-text = Texto
block-field-title = Título
block-field-items = Elementos
block-field-heading = Encabezado
block-field-when-empty = Texto si está vacío
block-field-label = Etiqueta
block-field-hint = Sugerencia
change-unchanged = Sin cambios
change-added = Agregado
change-removed = Quitado
change-reworded = Con otras palabras
change-moved = Movido
origin-shipped = incluido con la aplicación
origin-clinic = plantilla de la clínica
origin-shared = compartido por su clínica
origin-folder = de una carpeta de plantillas

## Display menu: key names

keys-enter-space = Enter, Espacio
keys-escape = Esc

## Status messages: saving the desk's own files
notice-nothing-saved = No se guardará nada: { $detail }.
notice-settings-not-saved = No se guardó la configuración: { $detail }
notice-choices-not-saved = No se guardaron sus opciones para cada folleto: { $detail }
notice-clinic-not-saved = No se guardaron los datos de su clínica: { $detail }. Siguen aquí; mantenga el programa abierto e inténtelo de nuevo.
