// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace TokenConsole {

// What a platform may be asked to do. Every action in the GUI and every CLI subcommand names
// the capability it needs, so a platform that lacks one shows a disabled action with a reason
// instead of a branch on the profile's kind.
enum class Capability {
    List,
    Provision,
    Rename,        // the platform's own name for the token
    EditLabels,    // local name, owner and notes kept on this computer
    Disable,
    Enable,
    Rotate,
    Verify,
    ActivityLog,
    AuditLog,
    Usage,
    AccountUsers,
    KeepAlive,
    AddExisting,   // record a pair made elsewhere
    Forget,        // drop a pair from this computer, never from the platform
    CopySecret,
    EditOwner,     // owner and notes: on the platform (v1.1), or on this computer in direct mode
    NarrowAccess,  // restrict a token's API areas (v1.1)
};

} // namespace TokenConsole
