#pragma once
// The gazetteer built once per test process from the real GeoNames dump named
// by CLAIMTRACK_GEONAMES (defined in test_real_dump.cpp; fails, not skips,
// when the dump is not configured).

#include "claimtrack/gazetteer/gazetteer.hpp"

const claimtrack::gazetteer::Gazetteer& real_dump();
