#!/usr/bin/env bash
# Validates a generated .xlsx list of ROWS firms (synthetic, marked so) with a merged title row
# above the header, as MIIT publishes them, in --dry-run against a fresh embedded database with a
# 512 MB heap; reports the time and peak resident memory. Run it at two sizes to see that memory
# stays flat (the sheet is streamed).
#   bench/xlsx-notice.sh [ROWS]
# Needs the packaged jar (./mvnw -q -DskipTests package) and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A minimal workbook written by hand (inline strings), so the benchmark needs no Python package.
python3 - "$rows" "$work/notice.xlsx" <<'PY'
import sys, zipfile
rows, path = int(sys.argv[1]), sys.argv[2]
provinces = ['浙江省', '江苏省', '广东省', '山东省', '湖北省']
def cell(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    z.writestr('xl/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    with z.open('xl/worksheets/sheet1.xml', 'w') as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        f.write(('<row r="1">%s</row>' % cell('A1', '基准测试名单')).encode())
        f.write(('<row r="2">%s%s%s</row>' % (cell('A2', '序号'), cell('B2', '企业名称'), cell('C2', '所在地区'))).encode())
        for i in range(1, rows + 1):
            r = i + 2
            f.write(('<row r="%d"><c r="A%d"><v>%d</v></c>%s%s</row>' % (r, r, i, cell('B%d' % r, '基准测试企业%d有限公司' % i), cell('C%d' % r, provinces[i % 5]))).encode())
        f.write(b'</sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>')
PY
jar="$(ls target/little-giants-kb-*.jar | head -1)"
/usr/bin/time -v java -Xmx512m -jar "$jar" import --kb.embedded.data-dir="$work/data" --kb.embedded.bolt-port=0 \
  --format list --batch 5 --source-title "Synthetic workbook benchmark" --synthetic --dry-run "$work/notice.xlsx" \
  2> "$work/time.txt" | grep -v "rows/s, about" | tail -3 || true
grep -E "Elapsed|Maximum resident" "$work/time.txt"
