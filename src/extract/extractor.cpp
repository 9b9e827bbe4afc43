#include "claimtrack/extract/extractor.hpp"
