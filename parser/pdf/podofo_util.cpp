#include "parser/pdf/podofo_util.h"

#include <zlib.h>

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

namespace {

// Inflates as much of a damaged deflate stream as can be read: a wrong checksum at the end, or
// a bad code part-way, loses only what follows the damage, as poppler does. The zlib header
// is skipped and the data read raw, so the checksum is never checked.
std::string inflate_what_can_be_read(const std::string& data) {
  if (data.size() < 3) return {};
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return {};
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data() + 2));
  z.avail_in = static_cast<uInt>(data.size() - 2);
  std::string out;
  char chunk[16384];
  int status = Z_OK;
  while (status == Z_OK && out.size() < (256u << 20)) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    status = inflate(&z, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - z.avail_out);
    if (status == Z_BUF_ERROR && z.avail_in == 0) break;  // the data simply ran out
  }
  inflateEnd(&z);
  return out;
}

// A stream whose only filter is FlateDecode, without a predictor: the kind a damaged page's
// content is, and the only kind worth reading in part.
bool plain_flate(const PdfObject* obj) {
  const PdfObject* filter = obj->GetDictionary().GetKey(PdfName("Filter"));
  if (!filter) return false;
  std::string name;
  if (filter->IsName()) name = filter->GetName().GetName();
  else if (filter->IsArray() && filter->GetArray().size() == 1 && filter->GetArray()[0].IsName()) {
    name = filter->GetArray()[0].GetName().GetName();
  }
  return name == "FlateDecode" && !obj->GetDictionary().GetKey(PdfName("DecodeParms"));
}

}  // namespace

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
  }
  try {
    if (!plain_flate(obj)) return {};
    char* buffer = nullptr;
    pdf_long length = 0;
    obj->GetStream()->GetCopy(&buffer, &length);
    const std::string raw(buffer ? buffer : "", buffer ? static_cast<size_t>(length) : 0);
    podofo_free(buffer);
    return inflate_what_can_be_read(raw);  // `ok` stays false: this is only part of it
  } catch (const PdfError&) {
    return {};
  }
}

}  // namespace ehcpqa::pdf
