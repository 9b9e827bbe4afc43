#include "claimtrack/gazetteer/gazetteer.hpp"
