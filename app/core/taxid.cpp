#include "taxid.h"
