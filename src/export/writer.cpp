#include "claimtrack/export/writer.hpp"
