#include "parser/pdf/podofo_util.h"

namespace ehcpqa::pdf {

using namespace PoDoFo;

const PdfObject* resolve(const PdfObject* obj, PdfVecObjects* objects) {
  for (int hop = 0; obj && obj->IsReference() && hop < 32; ++hop) {
    if (!objects) return nullptr;
    obj = objects->GetObject(obj->GetReference());
  }
  return (obj && obj->IsReference()) ? nullptr : obj;
}

const PdfObject* key(const PdfObject* dict, const char* name, PdfVecObjects* objects) {
  dict = resolve(dict, objects);
  if (!dict || !dict->IsDictionary()) return nullptr;
  return resolve(dict->GetDictionary().GetKey(PdfName(name)), objects);
}

std::optional<double> number(const PdfObject* obj) {
  if (!obj) return std::nullopt;
  if (obj->IsReal()) return obj->GetReal();
  if (obj->IsNumber()) return static_cast<double>(obj->GetNumber());
  return std::nullopt;
}

std::string name_of(const PdfObject* obj) {
  return (obj && obj->IsName()) ? obj->GetName().GetName() : std::string();
}

std::vector<const PdfObject*> array_of(const PdfObject* obj, PdfVecObjects* objects) {
  std::vector<const PdfObject*> out;
  obj = resolve(obj, objects);
  if (!obj || !obj->IsArray()) return out;
  for (const PdfObject& item : obj->GetArray()) out.push_back(resolve(&item, objects));
  return out;
}

std::string stream_bytes(const PdfObject* obj, bool* ok) {
  if (ok) *ok = false;
  if (!obj || !obj->HasStream()) return {};
  try {
    char* buffer = nullptr;
    pdf_long length = 0;
    obj->GetStream()->GetFilteredCopy(&buffer, &length);
    std::string out(buffer ? buffer : "", buffer ? static_cast<size_t>(length) : 0);
    podofo_free(buffer);
    if (ok) *ok = true;
    return out;
  } catch (const PdfError&) {
    return {};
  }
}

}  // namespace ehcpqa::pdf
