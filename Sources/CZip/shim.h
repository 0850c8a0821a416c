#ifndef NIANBAO_CZIP_SHIM_H
#define NIANBAO_CZIP_SHIM_H
#include <zip.h>
#endif
