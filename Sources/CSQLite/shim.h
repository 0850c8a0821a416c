#ifndef NIANBAO_CSQLITE_SHIM_H
#define NIANBAO_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
