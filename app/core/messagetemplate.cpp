#include "messagetemplate.h"
