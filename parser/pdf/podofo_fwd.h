// The PoDoFo classes the reader's headers name, declared without PoDoFo's own headers (which
// are large), as <iosfwd> does for streams.
#pragma once

namespace PoDoFo {
class PdfMemDocument;
class PdfObject;
class PdfPage;
class PdfVecObjects;
}  // namespace PoDoFo
