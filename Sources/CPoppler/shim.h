#ifndef NIANBAO_CPOPPLER_SHIM_H
#define NIANBAO_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <glib.h>
#include <glib-object.h>

static inline void nianbao_g_object_unref(void *object) { g_object_unref(object); }
#endif
