#pragma once

// Shared by the fuzz harnesses. Each harness defines LLVMFuzzerTestOneInput(); it is linked either
// with libFuzzer (clang, PURGEDESK_BUILD_FUZZERS) to explore, or with replay_main.cpp to run the
// seed corpus and every regression input once, as a ctest test in every build.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace PurgeDesk::Fuzz {

// Some of what is fuzzed uses QObject timers and sockets: one application object for the process.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "purgedesk-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The first byte picks a variant (an action, a file type, a status); the rest is the input.
inline uint8_t choose(const uint8_t *&data, size_t &size)
{
    if (size == 0)
        return 0;
    const uint8_t choice = data[0];
    ++data;
    --size;
    return choice;
}

} // namespace PurgeDesk::Fuzz
