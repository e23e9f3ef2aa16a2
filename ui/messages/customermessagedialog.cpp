#include "customermessagedialog.h"
