#pragma once
// Private: how each output format is written with GDAL. A new format is one
// entry in format_specs().

#include "claimtrack/export/writer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimtrack::exporter::detail {

struct FormatSpec {
    FormatInfo info;
    std::vector<std::string> dataset_options; ///< KEY=VALUE creation options
    std::vector<std::string> layer_options;   ///< KEY=VALUE layer creation options
    bool transactions = false;                ///< wrap the writes in one transaction
    bool kml_fields = false;                  ///< NameField/DescriptionField from the layer
};

const std::vector<FormatSpec> &format_specs();

/// Canonical name or alias, case-insensitive; nullptr when unknown.
const FormatSpec *find_format_spec(std::string_view name);

} // namespace claimtrack::exporter::detail
