#pragma once
// The claims layer of `export` and of `serve`'s /api/claims: which claims a
// view and its filters select, and the fields each feature carries. One
// implementation, so that `serve` answers what `export` writes.

#include "claimtrack/export/writer.hpp"
#include "claimtrack/geo/boundaries.hpp"
#include "claimtrack/store/store.hpp"

#include <cstddef>
#include <iosfwd>
#include <limits>
#include <string>
#include <vector>

namespace claimtrack::cli {

/// A view and its filters, as the user gave them (text, checked by validate()).
struct LayerQuery {
    std::string layer;  ///< layer name; empty: claims, state, conflicts or hulls
    std::string as_of;  ///< the state on a date (Store::state)
    bool timeline = false;
    bool conflicts = false;
    bool hulls = false;
    std::string since;
    std::string until;
    std::string side;
    std::string claimant_side;
    std::string oblast;
    std::vector<double> bbox; ///< MINLON, MINLAT, MAXLON, MAXLAT
    bool control = false;     ///< with as_of: the assessed area of that date (a control snapshot)
    std::string source;       ///< control source for `control` and the corroboration fields
    /// Errors name URL parameters ("since") rather than options ("--since").
    bool parameter_names = false;
};

/// Features [offset, offset + limit) of the layer, in its order.
struct Slice {
    std::size_t offset = 0;
    std::size_t limit = std::numeric_limits<std::size_t>::max();
};

/// \throws InputError naming the option (or parameter) when a date, side,
/// oblast or bbox is malformed.
void validate(const LayerQuery& query);

/// The layer `export` writes for `query` (its features sliced by `slice`);
/// `more`, when given, is set to whether features follow the slice.
/// \throws InputError as validate(), StoreError.
exporter::Layer claims_layer(const store::Store& db, const LayerQuery& query, const geo::BoundarySet& boundaries,
                             const Slice& slice = {}, bool* more = nullptr);

/// The boundary files of `paths` (':'-separated; empty: $CLAIMTRACK_BOUNDARIES;
/// neither: none). \throws InputError naming the file.
geo::BoundarySet load_boundary_set(const std::string& paths);

/// One line per claim field: name, type and meaning, tab-separated.
void print_claim_fields(std::ostream& out);

} // namespace claimtrack::cli
