// Pseudonyms, so batch outputs can be shared without children's names: each plan gets a
// stable label ("Plan 7KQ2") and its names are replaced by it wherever the plan's own words
// are quoted (evidence, items, file names). `audit --show-names` keeps the real names.
#pragma once

#include <string>

#include "reports/document_result.h"

namespace ehcpqa {

// A stable pseudonym for the plan ("Plan 7KQ2"), the same on every run for the same plan:
// made from the child's name and date of birth when the plan gives them (so the DOCX and
// PDF of one plan share it), otherwise from the file's name.
std::string pseudonym(const DocumentResult& result);

// `text` with the child's names (name, preferred name, first and family names) replaced by
// the pseudonym, for outputs shared without names. Names are matched as whole words, in the
// capitalisation a name is written in (Ayesha, AYESHA), so "will" is never taken for "Will".
std::string mask_names(const std::string& text, const DocumentResult& result);

// A file path with the child's names taken out of its file name, matched in any case and
// across '-', '_' and '.' ("ayesha_khan_ehcp.docx" -> "Plan 7KQ2_ehcp.docx"). Folders are kept.
std::string mask_path(const std::string& path, const DocumentResult& result);

// A copy of `result` for sharing: plan.name and preferred_name null, `pseudonym` set, and the
// names masked in the path, findings' messages, evidence and fixes, items, advice titles and
// authors, section titles, plan text and diagnostics. Grade and counts are unchanged. A file that could not be read has no
// names to mask: its path is kept as it is.
DocumentResult without_names(const DocumentResult& result);

}  // namespace ehcpqa
