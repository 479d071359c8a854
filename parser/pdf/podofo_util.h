// Small, exception-safe helpers over PoDoFo 0.9.8 objects: resolved lookups, numbers,
// names and decoded stream bytes. Malformed objects give empty results, never throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <podofo/podofo.h>

namespace ehcpqa::pdf {

// Follows references (a bounded number of hops, against loops).
const PoDoFo::PdfObject* resolve(const PoDoFo::PdfObject* obj, PoDoFo::PdfVecObjects* objects);
// dict[key], resolved; null when absent or `dict` is not a dictionary.
const PoDoFo::PdfObject* key(const PoDoFo::PdfObject* dict, const char* name, PoDoFo::PdfVecObjects* objects);
std::optional<double> number(const PoDoFo::PdfObject* obj);
std::string name_of(const PoDoFo::PdfObject* obj);  // empty unless a name
// The elements of an array, resolved.
std::vector<const PoDoFo::PdfObject*> array_of(const PoDoFo::PdfObject* obj, PoDoFo::PdfVecObjects* objects);
// A stream's decoded bytes; `ok` false on failure. A damaged deflate stream gives what could
// be read before the damage (with `ok` false); anything else that fails gives nothing.
std::string stream_bytes(const PoDoFo::PdfObject* obj, bool* ok = nullptr);

}  // namespace ehcpqa::pdf
