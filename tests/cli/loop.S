# Never exits: the instruction limit must stop it (status 124).
#include "test.h"
TEST_BEGIN
1: j 1b
TEST_END
