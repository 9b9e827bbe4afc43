#include "claimtrack/store/store.hpp"
