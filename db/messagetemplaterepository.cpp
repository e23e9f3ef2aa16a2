#include "messagetemplaterepository.h"
