#include "SandboxProcess.h"
