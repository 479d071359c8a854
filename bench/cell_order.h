// pdftotext's words put in ehcpqa's table order, for the second fidelity figure.
//
// pdftotext reads a table column by column where a column's cells sit close together;
// ehcpqa reads it row by row, cell by cell, as the plan is written (each need beside its
// outcome and provision). Compared word for word, the same words in the other order cost up
// to 40%. Here pdftotext's words (from `pdftotext -bbox-layout`) that fall inside one of
// ehcpqa's table cells are gathered cell by cell, in ehcpqa's cell order, keeping pdftotext's
// own order within each cell; words outside tables stay where pdftotext put them. What is
// left to differ is extraction within cells and reading order outside tables.
#pragma once

#include <set>
#include <string>

namespace ehcpqa::bench {

// pdftotext's text, one line per pdftotext line, with tables reordered cell by cell;
// lines whose running_key is in `running` are dropped. Empty when pdftotext or the PDF
// cannot be read.
std::string pdftotext_in_cell_order(const std::string& path, const std::set<std::string>& running);

}  // namespace ehcpqa::bench
