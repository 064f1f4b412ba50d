#!/usr/bin/env bash
# Starts a local CUPS server with a virtual PDF printer, for tests/print_cups.rs.
# Usage (as root): scripts/cups-pdf-printer.sh OUT_FOLDER [PRINTER]
#
# The printer (default HandoutPDF) is cups-pdf (Debian packages `cups` and
# `printer-driver-cups-pdf`): every job sent to it becomes a PDF file in
# OUT_FOLDER, which the test reads back. It is made the default printer. Works
# without systemd: cupsd is started directly when it is not running yet.
set -euo pipefail

out=${1:?usage: $0 OUT_FOLDER [PRINTER]}
printer=${2:-HandoutPDF}
export LC_ALL=C

# cups-pdf writes every job into one known folder (Debian's default is
# ~/PDF of the user who printed). Its backend runs as root and hands the file
# to the user who printed, so the folder itself may belong to root.
mkdir -p "$out"
chmod 0755 "$out"
conf=/etc/cups/cups-pdf.conf
if grep -q '^Out ' "$conf"; then
  sed -i "s|^Out .*|Out $out|" "$conf"
else
  printf 'Out %s\n' "$out" >>"$conf"
fi
# Jobs from users the system does not know (such as a container's build user)
# go to the same folder.
if grep -q '^AnonDirName ' "$conf"; then
  sed -i "s|^AnonDirName .*|AnonDirName $out|" "$conf"
else
  printf 'AnonDirName %s\n' "$out" >>"$conf"
fi

if ! lpstat -r 2>/dev/null | grep -q '^scheduler is running'; then
  # Without -f, cupsd detaches once it is ready to take requests.
  /usr/sbin/cupsd
fi
for _ in $(seq 50); do
  lpstat -r 2>/dev/null | grep -q '^scheduler is running' && break
  sleep 0.2
done
if ! lpstat -r 2>/dev/null | grep -q '^scheduler is running'; then
  echo "error: cupsd did not start; see /var/log/cups/error_log" >&2
  exit 1
fi

# The cups-pdf model, as lpinfo names it (lsb/usr/cups-pdf/CUPS-PDF_opt.ppd on Debian 12).
model=$(lpinfo -m | awk '/CUPS-PDF_opt\.ppd/ { print $1; exit }')
if [ -z "$model" ]; then
  echo "error: no cups-pdf model in 'lpinfo -m'; is printer-driver-cups-pdf installed?" >&2
  exit 1
fi
lpadmin -p "$printer" -E -v cups-pdf:/ -m "$model"
# cups-pdf turns the job into PostScript and back into a PDF. The default
# PDF-to-PostScript step (Ghostscript) draws our subset fonts as Type 3 glyphs
# with no Unicode map, so the printed file's text could not be read back;
# through cairo the fonts and their text survive, and pdftotext reads the
# printed file as it reads the export. (A paper printer is not affected.)
lpadmin -p "$printer" -o pdftops-renderer-default=pdftocairo
lpadmin -d "$printer"
echo "CUPS: printer $printer ($model) writes PDFs to $out; it is the default."
lpstat -d
