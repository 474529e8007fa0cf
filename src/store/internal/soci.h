// store/internal/soci.h — the one place Fazhi includes SOCI (store-private).
//
// Debian's libsoci-dev is configured with SOCI_HAVE_BOOST, but Boost headers are not a
// dependency of the package and Fazhi does not use SOCI's Boost integrations. Undefining the
// two macros after soci-config.h (which has an include guard) keeps the rest of SOCI's
// headers from including Boost; it changes no class layout, only drops optional templates.
// Include this header, never <soci/soci.h> directly.
#pragma once

#include <soci/soci-config.h>
#undef SOCI_HAVE_BOOST
#undef SOCI_HAVE_BOOST_DATE_TIME

#include <soci/soci.h>
