#include "parser/docx/zip_archive.h"

#include <zip.h>

#include <fmt/format.h>

#include "parser/input_error.h"

namespace ehcpqa::docx {

ZipArchive::ZipArchive(const std::string& path, ZipLimits limits) : limits_(limits) {
  int error = 0;
  archive_ = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive_) {
    // ZIP_CHECKCONS is strict about benign oddities some writers leave; retry without it
    // before calling the file damaged.
    archive_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
  }
  if (!archive_) {
    if (error == ZIP_ER_OPEN || error == ZIP_ER_READ) {
      throw InputError(error_code::unreadable, "The file could not be opened for reading.");
    }
    throw InputError(error_code::docx_corrupt,
                     "The Word file is damaged: its zip container cannot be read.");
  }
  zip_int64_t count = zip_get_num_entries(archive_, 0);
  if (count < 0 || static_cast<uint64_t>(count) > limits_.max_entries) {
    zip_discard(archive_);
    archive_ = nullptr;
    throw InputError(error_code::too_large,
                     fmt::format("The file holds more than {} parts, far more than any Word "
                                 "document; it was not read.",
                                 limits_.max_entries));
  }
}

ZipArchive::~ZipArchive() {
  if (archive_) zip_discard(archive_);
}

bool ZipArchive::contains(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::names() const {
  std::vector<std::string> out;
  zip_int64_t count = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) {
      out.emplace_back(name);
    }
  }
  return out;
}

std::unique_ptr<ZipEntryStream> ZipArchive::open(const std::string& name) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive_, name.c_str(), 0, &st) != 0) {
    throw InputError(error_code::docx_corrupt,
                     fmt::format("The Word file is damaged: the part '{}' is missing.", name));
  }
  uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if (declared > limits_.max_entry_bytes) {
    throw InputError(error_code::too_large,
                     fmt::format("The part '{}' would inflate to {} MiB, over the {} MiB limit.",
                                 name, declared >> 20, limits_.max_entry_bytes >> 20));
  }
  if (declared > (1u << 20) && compressed > 0 && declared / compressed > limits_.max_ratio) {
    throw InputError(error_code::too_large,
                     fmt::format("The part '{}' is compressed {} to 1, a sign of a zip bomb; "
                                 "it was not read.",
                                 name, declared / compressed));
  }
  if (st.valid & ZIP_STAT_ENCRYPTION_METHOD && st.encryption_method != ZIP_EM_NONE) {
    throw InputError(error_code::docx_encrypted, "The Word file is encrypted.");
  }
  zip_file* file = zip_fopen(archive_, name.c_str(), 0);
  if (!file) {
    throw InputError(error_code::docx_corrupt,
                     fmt::format("The Word file is damaged: the part '{}' cannot be opened.", name));
  }
  return std::make_unique<ZipEntryStream>(*this, file, name, declared);
}

std::string ZipArchive::read_all(const std::string& name) {
  auto stream = open(name);
  std::string out;
  char buffer[16384];
  while (size_t n = stream->read(buffer, sizeof buffer)) out.append(buffer, n);
  return out;
}

ZipEntryStream::ZipEntryStream(ZipArchive& owner, zip_file* file, std::string name,
                               uint64_t declared)
    : owner_(owner), file_(file), name_(std::move(name)), declared_(declared) {}

ZipEntryStream::~ZipEntryStream() { zip_fclose(file_); }

size_t ZipEntryStream::read(char* buffer, size_t size) {
  zip_int64_t n = zip_fread(file_, buffer, size);
  if (n < 0) {
    throw InputError(error_code::docx_corrupt,
                     fmt::format("The Word file is damaged: the part '{}' cannot be inflated.",
                                 name_));
  }
  read_ += static_cast<uint64_t>(n);
  owner_.total_read_ += static_cast<uint64_t>(n);
  // The central directory's size may lie; enforce the limits on what actually inflates.
  if (read_ > owner_.limits_.max_entry_bytes || read_ > declared_ + (1u << 20)) {
    throw InputError(error_code::too_large,
                     fmt::format("The part '{}' inflates past its declared size or the limit; "
                                 "it was not read.",
                                 name_));
  }
  if (owner_.total_read_ > owner_.limits_.max_total_bytes) {
    throw InputError(error_code::too_large, "The Word file inflates past the total size limit.");
  }
  return static_cast<size_t>(n);
}

}  // namespace ehcpqa::docx
