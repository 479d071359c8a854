"""docxgen — a small WordprocessingML (.docx) writer, Python 3 standard library only.

Written for ehcpqa's sample plans (tools/make_samples.py). It produces files that Word and
LibreOffice open, with the constructs local-authority templates really contain: heading styles
(built-in and custom ones whose basedOn chain leads to a heading), bulleted and numbered lists
backed by numbering.xml, tables with merged and nested cells, content controls, tracked
changes, reviewer comments, header/footer with PAGE / NUMPAGES fields, hyperlinks, text boxes,
tabs, line breaks and page breaks.

Output is deterministic: the same calls give byte-identical files (fixed zip timestamps,
fixed part order, fixed metadata dates, ids allocated in call order).

    from docxgen import Docx, Cell, Table, P, R, Bullets
    doc = Docx(header="DRAFT – OFFICIAL-SENSITIVE", footer_page_numbers=True)
    doc.title("Draft Education, Health and Care Plan")
    doc.field_label_table([("Name", "Ayesha Khan"), ("Date of birth", "14th February 2011")])
    doc.heading("Section A: Views, interests and aspirations", 1)
    doc.para("Ayesha told us she wants to be a veterinary nurse.")
    doc.save("plan.docx")

Text given to any method may contain "\\t" (written as <w:tab/>) and "\\n" (written as
<w:br/>). All text is XML-escaped here; callers pass plain text.
"""

import zipfile
from xml.sax.saxutils import escape, quoteattr

__all__ = ["Docx", "R", "P", "Bullets", "Numbered", "Table", "Cell", "TextBox"]

# --------------------------------------------------------------------------------------------
# Namespaces
# --------------------------------------------------------------------------------------------
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

DOC_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'mc:Ignorable="w14 wp14"'
)

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# A4 portrait, 2.54 cm margins: text width 9026 twentieths of a point (dxa).
PAGE_W, PAGE_H, MARGIN = 11906, 16838, 1440
TEXT_W = PAGE_W - 2 * MARGIN

ZIP_DATE = (2026, 1, 1, 0, 0, 0)
META_DATE = "2026-01-01T00:00:00Z"


def _attr(value):
    """An attribute value, escaped and quoted."""
    return quoteattr(str(value))


# --------------------------------------------------------------------------------------------
# Content specifications (plain data; rendered by Docx)
# --------------------------------------------------------------------------------------------
class R:
    """A run of text with character formatting."""

    def __init__(self, text, bold=False, italic=False, underline=False, color=None, size=None,
                 style=None):
        self.text, self.bold, self.italic, self.underline = text, bold, italic, underline
        self.color, self.size, self.style = color, size, style


class P:
    """A paragraph: text (str, R, or a list of str/R) with an optional style."""

    def __init__(self, content, style=None, bold=False, italic=False, align=None, keep_next=False):
        self.content, self.style, self.bold, self.italic = content, style, bold, italic
        self.align, self.keep_next = align, keep_next


class Bullets:
    def __init__(self, items):
        self.items = list(items)


class Numbered:
    def __init__(self, items):
        self.items = list(items)


class Cell:
    """A table cell with layout attributes.

    content: str, P, Table, Bullets, Numbered, TextBox or a list of those.
    span:    number of grid columns the cell covers (w:gridSpan).
    vmerge:  "restart" for the first cell of a vertical merge, "continue" for the cells below
             it (which are written empty, as Word does).
    shade:   fill colour, e.g. "D9E2F3".
    """

    def __init__(self, content="", span=1, vmerge=None, shade=None, bold=False, width=None):
        self.content, self.span, self.vmerge = content, span, vmerge
        self.shade, self.bold, self.width = shade, bold, width


class Table:
    """A table: rows of cells (str / list / Cell / Table ...)."""

    def __init__(self, rows, header=True, col_widths=None, style="TableGrid", header_shade="D9E2F3",
                 width=None):
        self.rows, self.header, self.col_widths = rows, header, col_widths
        self.style, self.header_shade, self.width = style, header_shade, width


class TextBox:
    """A text box holding paragraphs (str or P)."""

    def __init__(self, paragraphs, width_cm=15.0, name=None):
        self.paragraphs, self.width_cm, self.name = list(paragraphs), width_cm, name


# --------------------------------------------------------------------------------------------
# The document
# --------------------------------------------------------------------------------------------
class Docx:
    """Builds one .docx in memory; call save() to write it."""

    def __init__(self, header=None, footer=None, footer_page_numbers=True, title_meta="",
                 creator="ehcpqa samples", font="Arial", font_size_pt=11, watermark=None):
        self.header_text = header
        self.watermark = watermark     # e.g. "DRAFT": WordArt behind the text, as Word writes it
        self.footer_text = footer
        self.footer_page_numbers = footer_page_numbers
        self.title_meta = title_meta
        self.creator = creator
        self.font = font
        self.font_size_pt = font_size_pt
        self._body = []
        self._comments = []            # (id, author, initials, date, text)
        self._nums = []                # (numId, abstractNumId)
        self._hyperlinks = []          # (rId, url)
        self._custom_styles = []       # xml strings
        self._ann_id = 0               # ids for w:ins / w:del
        self._sdt_id = 100000
        self._shape_id = 0
        self._rel_next = 10            # rId1..rId9 are reserved for fixed parts
        self.add_paragraph_style("LAHeadingBase", "LA Heading Base", "Heading2", color="1F3864")
        self.add_paragraph_style("LAHeading", "LA Section Heading", "LAHeadingBase",
                                 color="1F3864", size_pt=14)
        self.add_paragraph_style("LASubHeading", "LA Sub Heading", "Heading3", color="2F5496")

    # ---- styles ------------------------------------------------------------------------
    def add_paragraph_style(self, style_id, name, based_on, bold=None, size_pt=None, color=None,
                            outline_level=None):
        """Define a custom paragraph style (w:customStyle) based on another style.

        Authority templates often use their own heading style whose basedOn chain leads to a
        built-in heading; the outline level is then inherited, not stated."""
        ppr = ""
        if outline_level is not None:
            ppr = '<w:pPr><w:outlineLvl w:val="%d"/></w:pPr>' % outline_level
        rpr = ""
        if bold is not None or size_pt or color:
            rpr = "<w:rPr>"
            if bold is not None:
                rpr += "<w:b/>" if bold else '<w:b w:val="0"/>'
            if color:
                rpr += "<w:color w:val=%s/>" % _attr(color)
            if size_pt:
                rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size_pt * 2, size_pt * 2)
            rpr += "</w:rPr>"
        self._custom_styles.append(
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId=%s><w:name w:val=%s/>'
            '<w:basedOn w:val=%s/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
            '%s%s</w:style>' % (_attr(style_id), _attr(name), _attr(based_on), ppr, rpr))

    # ---- ids -----------------------------------------------------------------------------
    def _next_rel(self):
        rid = "rId%d" % self._rel_next
        self._rel_next += 1
        return rid

    def _next_ann(self):
        self._ann_id += 1
        return self._ann_id

    # ---- inline rendering ----------------------------------------------------------------
    @staticmethod
    def _rpr(bold=False, italic=False, underline=False, color=None, size=None, style=None):
        parts = []
        if style:
            parts.append("<w:rStyle w:val=%s/>" % _attr(style))
        if bold:
            parts.append("<w:b/><w:bCs/>")
        if italic:
            parts.append("<w:i/><w:iCs/>")
        if color:
            parts.append("<w:color w:val=%s/>" % _attr(color))
        if size:
            parts.append('<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2))
        if underline:
            parts.append('<w:u w:val="single"/>')
        return "<w:rPr>%s</w:rPr>" % "".join(parts) if parts else ""

    @staticmethod
    def _text_elems(text, tag="w:t"):
        """Text with tabs and line breaks as <w:tab/> and <w:br/>."""
        out = []
        lines = str(text).split("\n")
        for li, line in enumerate(lines):
            if li:
                out.append("<w:br/>")
            for ti, chunk in enumerate(line.split("\t")):
                if ti:
                    out.append("<w:tab/>")
                if chunk:
                    out.append('<%s xml:space="preserve">%s</%s>' % (tag, escape(chunk), tag))
        return "".join(out)

    def _run(self, text, bold=False, italic=False, underline=False, color=None, size=None,
             style=None, tag="w:t"):
        return "<w:r>%s%s</w:r>" % (self._rpr(bold, italic, underline, color, size, style),
                                    self._text_elems(text, tag))

    def _inline(self, content, bold=False, italic=False):
        """Runs for str / R / list; raw XML fragments may be passed as ('xml', s)."""
        if content is None:
            return ""
        if isinstance(content, (list, tuple)) and not (len(content) == 2 and content[0] == "xml"):
            return "".join(self._inline(c, bold, italic) for c in content)
        if isinstance(content, tuple) and content[0] == "xml":
            return content[1]
        if isinstance(content, R):
            return self._run(content.text, content.bold or bold, content.italic or italic,
                             content.underline, content.color, content.size, content.style)
        if isinstance(content, TextBox):
            return self._textbox_run(content)
        return self._run(content, bold, italic)

    def _p(self, content, style=None, bold=False, italic=False, align=None, num_id=None,
           ilvl=0, keep_next=False, page_break_before=False, raw=False):
        ppr = []
        if style:
            ppr.append("<w:pStyle w:val=%s/>" % _attr(style))
        if keep_next:
            ppr.append("<w:keepNext/>")
        if page_break_before:
            ppr.append("<w:pageBreakBefore/>")
        if num_id is not None:
            ppr.append('<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                       % (ilvl, num_id))
        if align:
            ppr.append("<w:jc w:val=%s/>" % _attr(align))
        body = content if raw else self._inline(content, bold, italic)
        return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % "".join(ppr) if ppr else "", body)

    # ---- block rendering (shared by body and table cells) --------------------------------
    def _new_num(self, abstract_id):
        num_id = len(self._nums) + 1
        self._nums.append((num_id, abstract_id))
        return num_id

    def _list_xml(self, items, abstract_id):
        num_id = self._new_num(abstract_id)
        out = []
        for item in items:
            level = 0
            if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], int):
                level, item = item
            if isinstance(item, P):
                out.append(self._p(item.content, item.style or "ListParagraph", item.bold,
                                   item.italic, num_id=num_id, ilvl=level))
            else:
                out.append(self._p(item, "ListParagraph", num_id=num_id, ilvl=level))
        return "".join(out)

    def _block(self, item):
        """XML for one block-level item."""
        if isinstance(item, Table):
            return self._table_xml(item)
        if isinstance(item, Bullets):
            return self._list_xml(item.items, 0)
        if isinstance(item, Numbered):
            return self._list_xml(item.items, 1)
        if isinstance(item, P):
            return self._p(item.content, item.style, item.bold, item.italic, item.align,
                           keep_next=item.keep_next)
        if isinstance(item, TextBox):
            return "<w:p>%s</w:p>" % self._textbox_run(item)
        if isinstance(item, tuple) and item and item[0] == "xml":
            return item[1]
        return self._p(item)

    def _cell_xml(self, cell, width, header_row, header_shade):
        if not isinstance(cell, Cell):
            cell = Cell(cell)
        tcpr = ['<w:tcW w:w="%d" w:type="dxa"/>' % width]
        if cell.span > 1:
            tcpr.append('<w:gridSpan w:val="%d"/>' % cell.span)
        if cell.vmerge == "restart":
            tcpr.append('<w:vMerge w:val="restart"/>')
        elif cell.vmerge == "continue":
            tcpr.append("<w:vMerge/>")
        shade = cell.shade or (header_shade if header_row else None)
        if shade:
            tcpr.append('<w:shd w:val="clear" w:color="auto" w:fill=%s/>' % _attr(shade))
        bold = cell.bold or header_row
        blocks = []
        if cell.vmerge != "continue":
            content = cell.content
            items = content if isinstance(content, list) else [content]
            for item in items:
                if isinstance(item, (str, R)) and bold:
                    blocks.append(self._p(item, bold=True))
                else:
                    blocks.append(self._block(item))
        # A cell must end with a paragraph (also after a nested table).
        if not blocks or blocks[-1].endswith("</w:tbl>"):
            blocks.append("<w:p/>")
        return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % ("".join(tcpr), "".join(blocks))

    def _table_xml(self, table):
        rows = table.rows
        ncols = max(sum((c.span if isinstance(c, Cell) else 1) for c in row) for row in rows)
        total = table.width or TEXT_W
        if table.col_widths:
            widths = list(table.col_widths)
            scale = total / float(sum(widths))
            widths = [int(w * scale) for w in widths]
        else:
            widths = [total // ncols] * ncols
        grid = "".join('<w:gridCol w:w="%d"/>' % w for w in widths)
        out = ["<w:tbl><w:tblPr><w:tblStyle w:val=%s/>" % _attr(table.style),
               '<w:tblW w:w="%d" w:type="dxa"/>' % sum(widths),
               '<w:tblLayout w:type="fixed"/>',
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
               'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>',
               "<w:tblGrid>%s</w:tblGrid>" % grid]
        for ri, row in enumerate(rows):
            header_row = table.header and ri == 0
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header_row else ""
            out.append("<w:tr>%s" % trpr)
            col = 0
            for cell in row:
                span = cell.span if isinstance(cell, Cell) else 1
                width = sum(widths[col:col + span])
                out.append(self._cell_xml(cell, width, header_row, table.header_shade))
                col += span
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def _textbox_run(self, box):
        """A text box as Word writes it: DrawingML (wps) with a VML fallback."""
        self._shape_id += 1
        sid = self._shape_id
        name = box.name or "Text Box %d" % sid
        cx = int(box.width_cm * 360000)
        lines = sum(1 + len(str(p.content if isinstance(p, P) else p)) // 80
                    for p in box.paragraphs)
        cy = int((0.6 * lines + 0.6) * 360000)
        paras = "".join(self._block(p if isinstance(p, P) else P(p)) for p in box.paragraphs)
        content = "<w:txbxContent>%s</w:txbxContent>" % paras
        choice = (
            '<mc:Choice Requires="wps"><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            '<wp:docPr id="%d" name=%s/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/>'
            '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill></a:ln>'
            '</wps:spPr><wps:txbx>%s</wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
            'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
            % (cx, cy, sid, _attr(name), cx, cy, content))
        fallback = (
            '<mc:Fallback><w:pict>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            '<v:shape id=%s o:spid="_x0000_s%d" type="#_x0000_t202" '
            'style="width:%.1fpt;height:%.1fpt;mso-fit-shape-to-text:t" fillcolor="#f2f2f2" '
            'strokecolor="#2f5496" strokeweight=".75pt"><v:textbox>%s</v:textbox></v:shape>'
            '</w:pict></mc:Fallback>'
            % (_attr(name.replace(" ", "")), 1025 + sid, cx / 12700.0, cy / 12700.0, content))
        return "<w:r><mc:AlternateContent>%s%s</mc:AlternateContent></w:r>" % (choice, fallback)

    # ---- public API: body content --------------------------------------------------------
    def title(self, text, style="Title"):
        self._body.append(self._p(text, style))

    def heading(self, text, level=1, style=None, page_break_before=False):
        """A heading: style Heading1..Heading3 by level, or a named (custom) style."""
        self._body.append(self._p(text, style or "Heading%d" % level, keep_next=True,
                                  page_break_before=page_break_before))

    def para(self, text, style=None, bold=False, italic=False, align=None):
        """A paragraph. text: str, R, or a list of str/R."""
        self._body.append(self._p(text, style, bold, italic, align))

    def bullets(self, items):
        """A bulleted list; an item may be (level, text) for a sub-level."""
        self._body.append(self._list_xml(items, 0))

    def numbered(self, items):
        """A numbered list (restarting at 1); an item may be (level, text)."""
        self._body.append(self._list_xml(items, 1))

    def table(self, rows, header=True, col_widths=None, style="TableGrid"):
        """A table. A cell may be a str, a list of blocks (str, P, Bullets, Table...), a
        nested Table, or a Cell(...) for gridSpan / vMerge / shading."""
        self._body.append(self._table_xml(Table(rows, header, col_widths, style)))

    def block(self, item):
        """Any block spec (P, Table, Bullets, Numbered, TextBox)."""
        self._body.append(self._block(item))

    def field_label_table(self, pairs, controls=False, col_widths=(35, 65)):
        """Front matter: a two-column table of (label, value); shaded bold labels.

        controls=True wraps each value in a run-level content control tagged after the label
        (as authority templates do for fields filled in by caseworkers)."""
        rows = []
        for label, value in pairs:
            if controls:
                tag = "".join(ch for ch in label.title() if ch.isalnum())
                value_xml = self._p(self._sdt_run(tag, label, value), raw=True)
                rows.append([Cell(label, shade="E7E6E6", bold=True), Cell(("xml", value_xml))])
            else:
                rows.append([Cell(label, shade="E7E6E6", bold=True), Cell(value)])
        self._body.append(self._table_xml(Table(rows, header=False, col_widths=col_widths)))

    def _sdt_pr(self, tag, alias, plain_text=True):
        """Control properties; plain_text=False makes a rich-text control (block level)."""
        self._sdt_id += 1
        return ("<w:sdtPr><w:alias w:val=%s/><w:tag w:val=%s/><w:id w:val=\"%d\"/>%s"
                "</w:sdtPr>" % (_attr(alias or tag), _attr(tag), self._sdt_id,
                                "<w:text/>" if plain_text else ""))

    def _sdt_run(self, tag, alias, text):
        return "<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (
            self._sdt_pr(tag, alias), self._run(text))

    def content_control(self, tag, text, label=None, alias=None, inline=False):
        """A content control (w:sdt) holding text.

        inline=False: a block-level control wrapping a whole paragraph ("Label: text" when a
        label is given). inline=True: a paragraph whose label is plain text and whose value is a
        run-level control."""
        if inline:
            body = (self._run(label + ": ", bold=True) if label else "") + \
                self._sdt_run(tag, alias or label, text)
            self._body.append(self._p(body, raw=True))
        else:
            content = [R(label + ": ", bold=True), text] if label else text
            self._body.append("<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (
                self._sdt_pr(tag, alias or label, plain_text=False), self._p(content)))

    def para_with_revisions(self, segments, author="SEND Caseworker",
                            date="2026-01-01T09:00:00Z", style=None):
        """A paragraph with tracked changes: segments of (text, None|"ins"|"del")."""
        out = []
        for text, kind in segments:
            if kind is None:
                out.append(self._run(text))
            elif kind == "ins":
                out.append('<w:ins w:id="%d" w:author=%s w:date=%s>%s</w:ins>' % (
                    self._next_ann(), _attr(author), _attr(date), self._run(text)))
            elif kind == "del":
                out.append('<w:del w:id="%d" w:author=%s w:date=%s>%s</w:del>' % (
                    self._next_ann(), _attr(author), _attr(date),
                    self._run(text, tag="w:delText")))
            else:
                raise ValueError("revision kind must be None, 'ins' or 'del': %r" % (kind,))
        self._body.append(self._p("".join(out), style, raw=True))

    def comment(self, para_text, comment_text, author="Reviewer", initials="RV",
                date="2026-01-01T09:00:00Z", style=None):
        """A paragraph whose whole text carries a reviewer comment (comments.xml)."""
        cid = len(self._comments)
        self._comments.append((cid, author, initials, date, comment_text))
        body = ('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:commentReference w:id="%d"/></w:r>'
                % (cid, self._inline(para_text), cid, cid))
        self._body.append(self._p(body, style, raw=True))

    def hyperlink(self, text, url, before="", after="", style=None):
        """A paragraph containing an external hyperlink, with optional text around it."""
        rid = self._next_rel()
        self._hyperlinks.append((rid, url))
        link = '<w:hyperlink r:id=%s w:history="1">%s</w:hyperlink>' % (
            _attr(rid), self._run(text, style="Hyperlink"))
        body = self._inline(before) + link + self._inline(after)
        self._body.append(self._p(body, style, raw=True))

    def text_box(self, paragraphs, width_cm=15.0, name=None):
        """A paragraph holding an inline text box with the given paragraphs."""
        self._body.append(self._block(TextBox(paragraphs, width_cm, name)))

    def page_break(self):
        self._body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    # ---- parts -----------------------------------------------------------------------------
    def _document_xml(self, has_header, has_footer):
        refs = ""
        if has_header:
            refs += '<w:headerReference w:type="default" r:id="rId5"/>'
        if has_footer:
            refs += '<w:footerReference w:type="default" r:id="rId6"/>'
        sect = ('<w:sectPr>%s<w:pgSz w:w="%d" w:h="%d"/>'
                '<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="708" '
                'w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
                '<w:docGrid w:linePitch="360"/></w:sectPr>'
                % (refs, PAGE_W, PAGE_H, MARGIN, MARGIN, MARGIN, MARGIN))
        return (XML_DECL + "<w:document %s><w:body>%s%s</w:body></w:document>"
                % (DOC_NAMESPACES, "".join(self._body), sect))

    def _styles_xml(self):
        sz = self.font_size_pt * 2

        def heading(n, size, color, before):
            return ('<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/>'
                    '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
                    '<w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>'
                    '<w:spacing w:before="%d" w:after="120"/><w:outlineLvl w:val="%d"/></w:pPr>'
                    '<w:rPr><w:b/><w:bCs/><w:color w:val="%s"/><w:sz w:val="%d"/>'
                    '<w:szCs w:val="%d"/></w:rPr></w:style>'
                    % (n, n, before, n - 1, color, size * 2, size * 2))

        font = _attr(self.font)
        return (XML_DECL +
                '<w:styles xmlns:w="%s">' % NS_W +
                '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=%s w:hAnsi=%s w:eastAsia=%s '
                'w:cs=%s/><w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-GB"/></w:rPr>'
                '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" '
                'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
                % (font, font, font, font, sz, sz) +
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
                '<w:qFormat/></w:style>'
                '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
                '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
                '<w:unhideWhenUsed/></w:style>'
                '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
                '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
                '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
                '</w:tblCellMar></w:tblPr></w:style>'
                '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
                '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
                '<w:unhideWhenUsed/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/>'
                '<w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/>'
                '<w:color w:val="1F3864"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/>'
                '<w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="28"/>'
                '<w:szCs w:val="28"/></w:rPr></w:style>'
                + heading(1, 16, "1F3864", 360) + heading(2, 13, "1F3864", 240)
                + heading(3, 12, "2F5496", 200) +
                '<w:style w:type="paragraph" w:styleId="ListParagraph">'
                '<w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/>'
                '<w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
                '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" '
                'w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
                '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
                '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" '
                'w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
                '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
                '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr>'
                '<w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr>'
                '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                '</w:tblBorders></w:tblPr></w:style>'
                '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
                '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>'
                '<w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
                '</w:style>'
                '<w:style w:type="character" w:styleId="CommentReference">'
                '<w:name w:val="annotation reference"/><w:basedOn w:val="DefaultParagraphFont"/>'
                '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr>'
                '<w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="CommentText">'
                '<w:name w:val="annotation text"/><w:basedOn w:val="Normal"/>'
                '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:sz w:val="20"/>'
                '<w:szCs w:val="20"/></w:rPr></w:style>'
                + "".join(self._custom_styles) +
                "</w:styles>")

    def _numbering_xml(self):
        def levels(kind):
            out = []
            for lvl in range(3):
                ind = 720 * (lvl + 1)
                if kind == "bullet":
                    fmt, text = "bullet", ["\u2022", "o", "\u25aa"][lvl]
                else:
                    fmt, text = ["decimal", "lowerLetter", "lowerRoman"][lvl], "%%%d." % (lvl + 1)
                out.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>'
                           '<w:lvlText w:val=%s/><w:lvlJc w:val="left"/><w:pPr>'
                           '<w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
                           % (lvl, fmt, _attr(text), ind))
            return "".join(out)

        nums = []
        for num_id, abstract_id in self._nums:
            override = ""
            if abstract_id == 1:
                override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                            '</w:lvlOverride>')
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
                        % (num_id, abstract_id, override))
        return (XML_DECL + '<w:numbering xmlns:w="%s">' % NS_W +
                '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                + levels("bullet") + "</w:abstractNum>"
                '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
                + levels("decimal") + "</w:abstractNum>" + "".join(nums) + "</w:numbering>")

    def _settings_xml(self):
        return (XML_DECL + '<w:settings xmlns:w="%s">' % NS_W +
                '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
                '<w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" '
                'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')

    def _header_xml(self):
        body = ""
        if self.header_text:
            body += self._p(self._run(self.header_text, bold=True, color="C00000"), "Header",
                            align="center", raw=True)
        if self.watermark:
            body += self._p(self._watermark_run(self.watermark), "Header", raw=True)
        return XML_DECL + "<w:hdr %s>%s</w:hdr>" % (DOC_NAMESPACES, body)

    @staticmethod
    def _watermark_run(text):
        """A watermark as Word's Design > Watermark writes it: VML WordArt (the text is the
        textpath's string attribute, not a w:t), centred on the page, rotated, pale."""
        return ('<w:r><w:pict>'
                '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" '
                'adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" '
                'o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
                '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" '
                'type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;'
                'width:412pt;height:164pt;rotation:315;z-index:-251657216;'
                'mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
                'mso-position-vertical:center;mso-position-vertical-relative:margin" '
                'o:allowincell="f" fillcolor="silver" stroked="f">'
                '<v:fill opacity=".5"/>'
                '<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string=%s/>'
                '</v:shape></w:pict></w:r>' % _attr(text))

    def _field(self, instr, result):
        return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>%s</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>' % (escape(instr), escape(result)))

    def _footer_xml(self):
        paras = []
        if self.footer_text:
            paras.append(self._p(self.footer_text, "Footer"))
        if self.footer_page_numbers:
            body = (self._run("Page ") + self._field("PAGE", "1") + self._run(" of ") +
                    self._field("NUMPAGES", "1"))
            paras.append(self._p(body, "Footer", align="right", raw=True))
        return XML_DECL + "<w:ftr %s>%s</w:ftr>" % (DOC_NAMESPACES, "".join(paras))

    def _comments_xml(self):
        out = []
        for cid, author, initials, date, text in self._comments:
            out.append('<w:comment w:id="%d" w:author=%s w:date=%s w:initials=%s>'
                       '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                       '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       '<w:annotationRef/></w:r>%s</w:p></w:comment>'
                       % (cid, _attr(author), _attr(date), _attr(initials), self._run(text)))
        return XML_DECL + "<w:comments %s>%s</w:comments>" % (DOC_NAMESPACES, "".join(out))

    def _core_xml(self):
        return (XML_DECL +
                '<cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                "<dc:title>%s</dc:title><dc:creator>%s</dc:creator>"
                "<cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>1</cp:revision>"
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                "</cp:coreProperties>"
                % (escape(self.title_meta), escape(self.creator), escape(self.creator),
                   META_DATE, META_DATE))

    def _app_xml(self):
        return (XML_DECL +
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
                '2006/docPropsVTypes"><Application>ehcpqa docxgen</Application>'
                '<DocSecurity>0</DocSecurity></Properties>')

    def parts(self):
        """The package as an ordered list of (part name, bytes)."""
        has_header = bool(self.header_text or self.watermark)
        has_footer = bool(self.footer_text or self.footer_page_numbers)
        has_comments = bool(self._comments)
        document = self._document_xml(has_header, has_footer)   # allocates numbering ids

        overrides = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.styles+xml"),
            ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.numbering+xml"),
            ("/word/settings.xml", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.settings+xml"),
        ]
        if has_header:
            overrides.append(("/word/header1.xml", "application/vnd.openxmlformats-"
                              "officedocument.wordprocessingml.header+xml"))
        if has_footer:
            overrides.append(("/word/footer1.xml", "application/vnd.openxmlformats-"
                              "officedocument.wordprocessingml.footer+xml"))
        if has_comments:
            overrides.append(("/word/comments.xml", "application/vnd.openxmlformats-"
                              "officedocument.wordprocessingml.comments+xml"))
        overrides += [
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument."
             "extended-properties+xml"),
        ]
        content_types = (
            XML_DECL +
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' +
            "".join('<Override PartName="%s" ContentType="%s"/>' % o for o in overrides) +
            "</Types>")
        root_rels = (
            XML_DECL + '<Relationships xmlns="%s">' % NS_PKG_REL +
            '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
            % REL_BASE +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
            % REL_BASE + "</Relationships>")
        rels = ['<Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>' % REL_BASE,
                '<Relationship Id="rId2" Type="%snumbering" Target="numbering.xml"/>' % REL_BASE,
                '<Relationship Id="rId3" Type="%ssettings" Target="settings.xml"/>' % REL_BASE]
        if has_header:
            rels.append('<Relationship Id="rId5" Type="%sheader" Target="header1.xml"/>'
                        % REL_BASE)
        if has_footer:
            rels.append('<Relationship Id="rId6" Type="%sfooter" Target="footer1.xml"/>'
                        % REL_BASE)
        if has_comments:
            rels.append('<Relationship Id="rId7" Type="%scomments" Target="comments.xml"/>'
                        % REL_BASE)
        for rid, url in self._hyperlinks:
            rels.append('<Relationship Id=%s Type="%shyperlink" Target=%s TargetMode="External"/>'
                        % (_attr(rid), REL_BASE, _attr(url)))
        doc_rels = (XML_DECL + '<Relationships xmlns="%s">%s</Relationships>'
                    % (NS_PKG_REL, "".join(rels)))

        parts = [("[Content_Types].xml", content_types),
                 ("_rels/.rels", root_rels),
                 ("word/document.xml", document),
                 ("word/_rels/document.xml.rels", doc_rels),
                 ("word/styles.xml", self._styles_xml()),
                 ("word/numbering.xml", self._numbering_xml()),
                 ("word/settings.xml", self._settings_xml())]
        if has_header:
            parts.append(("word/header1.xml", self._header_xml()))
        if has_footer:
            parts.append(("word/footer1.xml", self._footer_xml()))
        if has_comments:
            parts.append(("word/comments.xml", self._comments_xml()))
        parts += [("docProps/core.xml", self._core_xml()),
                  ("docProps/app.xml", self._app_xml())]
        return [(name, data.encode("utf-8")) for name, data in parts]

    def save(self, path):
        """Write the .docx; identical calls give identical bytes."""
        with zipfile.ZipFile(path, "w") as z:
            for name, data in self.parts():
                info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                info.create_system = 0
                z.writestr(info, data)
