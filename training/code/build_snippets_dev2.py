#!/usr/bin/env python3
# SPDX-License-Identifier: CC0-1.0
"""Build the "dev2" labelled corpus of short code snippets for measuring an
insecure-code scanner.

What it is
    A standalone, stdlib-only script that holds ~270 small code snippets as
    literals (14 languages) and writes ``snippets_dev2.jsonl`` next to itself.
    About half the snippets are "insecure" (each with exactly one clear
    weakness, tagged with a CWE id and the 1-based line of the vulnerable
    line); the other half are "safe": mostly fixed twins of an insecure
    snippet (same task, correct code, linked through "pair"), plus roughly
    20% look-alikes that merely resemble dangerous code but are fine.

    Row format (one JSON object per line)::

        {"id": "d2-<language>-<nnn>", "language": ..., "label": "insecure"|"safe",
         "cwe": "CWE-<n>"|null, "line": <int>|null, "code": ..., "pair": <id>|null}

    In the literals below the vulnerable line of each insecure snippet carries
    the marker ``@@V@@``; the script strips it and records that line number,
    so the "line" field always points at the right place.

Who wrote it
    Written from scratch by an AI assistant (Claude, Anthropic) working as a
    helper session for this project, from general security knowledge (the
    MITRE CWE catalogue).  No code was copied from public benchmarks
    (CyberSecEval, SecurityEval, LLMSecEval, Juliet, OWASP Benchmark, ...).

Licence
    CC0-1.0 (public domain dedication).  To the extent possible under law the
    author has waived all copyright and related rights to this file and to
    the generated JSONL.

Usage
    python3 build_snippets_dev2.py      # writes snippets_dev2.jsonl
"""

import json
import os
import re
import sys

MARK = "@@V@@"
LANGS = (
    "python",
    "javascript",
    "typescript",
    "java",
    "kotlin",
    "c",
    "cpp",
    "go",
    "php",
    "ruby",
    "csharp",
    "rust",
    "bash",
    "sql",
)

ROWS = []  # (label, language, cwe, pair_key, raw_code)


def vuln(lang, cwe, code, pair=None):
    """Register an insecure snippet; its vulnerable line carries MARK."""
    ROWS.append(("insecure", lang, cwe, pair, code))


def safe(lang, code, pair=None):
    """Register a safe snippet (a fixed twin when pair is given, else a look-alike)."""
    ROWS.append(("safe", lang, None, pair, code))


# ---------------------------------------------------------------------------
# C
# ---------------------------------------------------------------------------

vuln(
    "c",
    "CWE-120",
    r"""
#include <string.h>

struct user {
    char name[32];
    int uid;
};

void set_user_name(struct user *u, const char *input)
{
    /* copy the requested display name into the record */
    strcpy(u->name, input); @@V@@
}
""",
    pair="c-strcpy",
)

safe(
    "c",
    r"""
#include <string.h>

struct user {
    char name[32];
    int uid;
};

int set_user_name(struct user *u, const char *input)
{
    size_t n = strlen(input);
    if (n >= sizeof(u->name))
        return -1; /* reject names that do not fit */
    memcpy(u->name, input, n + 1);
    return 0;
}
""",
    pair="c-strcpy",
)

vuln(
    "c",
    "CWE-134",
    r"""
#include <stdio.h>
#include <time.h>

void log_event(FILE *log, const char *client_msg)
{
    time_t now = time(NULL);
    fprintf(log, "[%ld] ", (long)now);
    fprintf(log, client_msg); @@V@@
    fputc('\n', log);
    fflush(log);
}
""",
    pair="c-fmt",
)

safe(
    "c",
    r"""
#include <stdio.h>
#include <time.h>

void log_event(FILE *log, const char *client_msg)
{
    time_t now = time(NULL);
    fprintf(log, "[%ld] %s\n", (long)now, client_msg);
    fflush(log);
}
""",
    pair="c-fmt",
)

vuln(
    "c",
    "CWE-190",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_SIZE 48

uint8_t *alloc_entry_table(const uint8_t *msg, size_t msg_len)
{
    uint32_t count;
    if (msg_len < sizeof(count))
        return NULL;
    memcpy(&count, msg, sizeof(count));          /* count from the peer */
    uint32_t total = count * ENTRY_SIZE; @@V@@
    uint8_t *table = malloc(total);
    if (table == NULL)
        return NULL;
    for (uint32_t i = 0; i < count; i++)
        memset(table + (size_t)i * ENTRY_SIZE, 0, ENTRY_SIZE);
    return table;
}
""",
    pair="c-intovf",
)

safe(
    "c",
    r"""
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_SIZE 48
#define MAX_ENTRIES 65536u

uint8_t *alloc_entry_table(const uint8_t *msg, size_t msg_len)
{
    uint32_t count;
    if (msg_len < sizeof(count))
        return NULL;
    memcpy(&count, msg, sizeof(count));          /* count from the peer */
    if (count == 0 || count > MAX_ENTRIES)
        return NULL;
    /* calloc checks count * size for overflow and zeroes the table */
    return calloc(count, ENTRY_SIZE);
}
""",
    pair="c-intovf",
)

vuln(
    "c",
    "CWE-416",
    r"""
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void free_list(struct node *head)
{
    while (head != NULL) {
        free(head);
        head = head->next; @@V@@
    }
}
""",
    pair="c-uaf",
)

safe(
    "c",
    r"""
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void free_list(struct node *head)
{
    while (head != NULL) {
        struct node *next = head->next;
        free(head);
        head = next;
    }
}
""",
    pair="c-uaf",
)

vuln(
    "c",
    "CWE-415",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int process_message(const char *src)
{
    char *copy = strdup(src);
    if (copy == NULL)
        return -1;
    if (copy[0] == '\0') {
        fprintf(stderr, "empty message\n");
        free(copy);
    }
    /* ... tokenize and dispatch copy ... */
    free(copy); @@V@@
    return 0;
}
""",
    pair="c-dfree",
)

safe(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int process_message(const char *src)
{
    char *copy = strdup(src);
    if (copy == NULL)
        return -1;
    if (copy[0] == '\0') {
        fprintf(stderr, "empty message\n");
        free(copy);
        return -1;
    }
    /* ... tokenize and dispatch copy ... */
    free(copy);
    return 0;
}
""",
    pair="c-dfree",
)

vuln(
    "c",
    "CWE-78",
    r"""
#include <stdio.h>
#include <stdlib.h>

/* host comes from the "target" field of the monitoring web form */
int ping_host(const char *host)
{
    char cmd[256];
    snprintf(cmd, sizeof(cmd), "ping -c 1 -W 2 %s > /dev/null", host);
    return system(cmd); @@V@@
}
""",
    pair="c-system",
)

safe(
    "c",
    r"""
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* host comes from the "target" field of the monitoring web form */
int ping_host(const char *host)
{
    if (host[0] == '-')
        return -1;              /* do not let it be parsed as an option */
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("ping", "ping", "-c", "1", "-W", "2", host, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
""",
    pair="c-system",
)

vuln(
    "c",
    "CWE-242",
    r"""
#include <stdio.h>

int main(void)
{
    char line[128];

    printf("Enter your name: ");
    fflush(stdout);
    gets(line); @@V@@
    printf("Hello, %s!\n", line);
    return 0;
}
""",
    pair="c-gets",
)

safe(
    "c",
    r"""
#include <stdio.h>
#include <string.h>

int main(void)
{
    char line[128];

    printf("Enter your name: ");
    fflush(stdout);
    if (fgets(line, sizeof(line), stdin) == NULL)
        return 1;
    line[strcspn(line, "\n")] = '\0';
    printf("Hello, %s!\n", line);
    return 0;
}
""",
    pair="c-gets",
)

vuln(
    "c",
    "CWE-787",
    r"""
#include <stdint.h>
#include <string.h>

#define MAX_PAYLOAD 256

struct frame {
    uint16_t len;      /* taken straight from the wire header */
    uint8_t data[];
};

int copy_payload(const struct frame *f, uint8_t out[MAX_PAYLOAD])
{
    memcpy(out, f->data, f->len); @@V@@
    return f->len;
}
""",
    pair="c-memcpy",
)

safe(
    "c",
    r"""
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define MAX_PAYLOAD 256

struct frame {
    uint16_t len;      /* taken straight from the wire header */
    uint8_t data[];
};

int copy_payload(const struct frame *f, size_t frame_size, uint8_t out[MAX_PAYLOAD])
{
    if (frame_size < sizeof(*f) || f->len > frame_size - sizeof(*f))
        return -1;     /* header claims more bytes than we received */
    if (f->len > MAX_PAYLOAD)
        return -1;
    memcpy(out, f->data, f->len);
    return f->len;
}
""",
    pair="c-memcpy",
)

vuln(
    "c",
    "CWE-129",
    r"""
#include <stdio.h>

#define NUM_SLOTS 16

static int slot_values[NUM_SLOTS];

/* handles "SET <slot> <value>" lines from a client connection */
int handle_set(const char *line)
{
    int slot, value;
    if (sscanf(line, "SET %d %d", &slot, &value) != 2)
        return -1;
    slot_values[slot] = value; @@V@@
    return 0;
}
""",
    pair="c-index",
)

safe(
    "c",
    r"""
#include <stdio.h>

#define NUM_SLOTS 16

static int slot_values[NUM_SLOTS];

/* handles "SET <slot> <value>" lines from a client connection */
int handle_set(const char *line)
{
    int slot, value;
    if (sscanf(line, "SET %d %d", &slot, &value) != 2)
        return -1;
    if (slot < 0 || slot >= NUM_SLOTS)
        return -1;
    slot_values[slot] = value;
    return 0;
}
""",
    pair="c-index",
)

vuln(
    "c",
    "CWE-120",
    r"""
#include <stdio.h>

struct account {
    char login[16];
    int pin;
};

int read_account(struct account *acct)
{
    printf("login: ");
    if (scanf("%s", acct->login) != 1) @@V@@
        return -1;
    printf("pin: ");
    if (scanf("%d", &acct->pin) != 1)
        return -1;
    return 0;
}
""",
    pair="c-scanf",
)

safe(
    "c",
    r"""
#include <stdio.h>

struct account {
    char login[16];
    int pin;
};

int read_account(struct account *acct)
{
    printf("login: ");
    if (scanf("%15s", acct->login) != 1)
        return -1;
    printf("pin: ");
    if (scanf("%d", &acct->pin) != 1)
        return -1;
    return 0;
}
""",
    pair="c-scanf",
)

vuln(
    "c",
    "CWE-377",
    r"""
#include <stdio.h>
#include <stdlib.h>

/* scratch file for the nightly report generator */
FILE *open_scratch(void)
{
    char name[] = "/tmp/reportXXXXXX";
    if (mktemp(name) == NULL || name[0] == '\0') @@V@@
        return NULL;
    return fopen(name, "w+");
}
""",
)

vuln(
    "c",
    "CWE-732",
    r"""
#include <stdio.h>
#include <sys/stat.h>

int create_shared_log(const char *path)
{
    FILE *f = fopen(path, "a");
    if (f == NULL)
        return -1;
    fclose(f);
    /* make sure every worker process can append to it */
    return chmod(path, 0777); @@V@@
}
""",
)

vuln(
    "c",
    "CWE-787",
    r"""
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void send_greeting(int fd, const char *first, const char *last)
{
    char msg[64];
    sprintf(msg, "Welcome back, %s %s!\r\n", first, last); @@V@@
    write(fd, msg, strlen(msg));
}
""",
)

safe(
    "c",
    r"""
#include <string.h>

#define HOSTNAME_MAX 64

struct conn_info {
    char host[HOSTNAME_MAX];
    unsigned short port;
};

void conn_info_init(struct conn_info *ci, const char *host, unsigned short port)
{
    strncpy(ci->host, host, sizeof(ci->host) - 1);
    ci->host[sizeof(ci->host) - 1] = '\0';
    ci->port = port;
}
""",
)

safe(
    "c",
    r"""
#include <stdio.h>

int format_status(char *buf, size_t buflen, const char *service, int code)
{
    int n = snprintf(buf, buflen, "service=%s status=%d", service, code);
    if (n < 0 || (size_t)n >= buflen)
        return -1; /* truncated */
    printf("%s\n", buf);
    return n;
}
""",
)

safe(
    "c",
    r"""
#include <stdio.h>
#include <stdlib.h>

void reset_terminal(int interactive)
{
    if (!interactive)
        return;
    /* fixed command string, no caller-controlled data */
    if (system("tput reset") != 0)
        fputs("could not reset terminal\n", stderr);
}
""",
)

# ---------------------------------------------------------------------------
# C++
# ---------------------------------------------------------------------------

vuln(
    "cpp",
    "CWE-120",
    r"""
#include <cstring>
#include <string>

class Packet {
public:
    void setLabel(const std::string& label) {
        std::strcpy(label_, label.c_str()); @@V@@
    }
    const char* label() const { return label_; }

private:
    char label_[32];
};
""",
    pair="cpp-strcpy",
)

safe(
    "cpp",
    r"""
#include <cstring>
#include <string>

class Packet {
public:
    bool setLabel(const std::string& label) {
        if (label.size() >= sizeof(label_))
            return false;
        std::memcpy(label_, label.data(), label.size());
        label_[label.size()] = '\0';
        return true;
    }
    const char* label() const { return label_; }

private:
    char label_[32] = {};
};
""",
    pair="cpp-strcpy",
)

vuln(
    "cpp",
    "CWE-416",
    r"""
#include <iostream>
#include <map>
#include <string>

struct Session {
    int id;
    std::string user;
};

void closeSession(std::map<int, Session*>& sessions, int id)
{
    auto it = sessions.find(id);
    if (it == sessions.end())
        return;
    Session* s = it->second;
    sessions.erase(it);
    delete s;
    std::cout << "closed session for " << s->user << '\n'; @@V@@
}
""",
    pair="cpp-uaf",
)

safe(
    "cpp",
    r"""
#include <iostream>
#include <map>
#include <memory>
#include <string>

struct Session {
    int id;
    std::string user;
};

void closeSession(std::map<int, std::unique_ptr<Session>>& sessions, int id)
{
    auto it = sessions.find(id);
    if (it == sessions.end())
        return;
    std::cout << "closed session for " << it->second->user << '\n';
    sessions.erase(it);   // unique_ptr frees the session exactly once
}
""",
    pair="cpp-uaf",
)

vuln(
    "cpp",
    "CWE-415",
    r"""
#include <cstddef>
#include <cstdint>
#include <stdexcept>

void decodeImage(const uint8_t* data, std::size_t len)
{
    uint8_t* pixels = new uint8_t[len * 2];
    try {
        if (len < 8)
            throw std::runtime_error("truncated header");
        // ... decode data into pixels ...
    } catch (const std::exception&) {
        delete[] pixels;
    }
    delete[] pixels; @@V@@
}
""",
)

vuln(
    "cpp",
    "CWE-134",
    r"""
#include <string>
#include <syslog.h>

void auditLogin(const std::string& username, bool ok)
{
    std::string msg = (ok ? "login ok: " : "login failed: ") + username;
    syslog(LOG_AUTH | LOG_INFO, msg.c_str()); @@V@@
}
""",
)

vuln(
    "cpp",
    "CWE-78",
    r"""
#include <QProcess>
#include <QString>

bool makeThumbnail(const QString& uploadedPath)
{
    QProcess proc;
    proc.start("sh", {"-c", "convert " + uploadedPath + " -resize 128x128 thumb.png"}); @@V@@
    if (!proc.waitForFinished(30000))
        return false;
    return proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0;
}
""",
    pair="cpp-qprocess",
)

safe(
    "cpp",
    r"""
#include <QProcess>
#include <QString>
#include <QStringList>

bool makeThumbnail(const QString& uploadedPath)
{
    if (uploadedPath.startsWith('-'))
        return false;
    QProcess proc;
    // program + argument list: no shell is involved, the path is one argv entry
    proc.start("convert", QStringList{uploadedPath, "-resize", "128x128", "thumb.png"});
    if (!proc.waitForFinished(30000))
        return false;
    return proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0;
}
""",
    pair="cpp-qprocess",
)

vuln(
    "cpp",
    "CWE-190",
    r"""
#include <cstdint>
#include <memory>

struct ImageHeader {
    uint32_t width;    // read from the file
    uint32_t height;   // read from the file
};

// Caller then writes width * height RGBA pixels into the returned frame.
std::unique_ptr<uint8_t[]> allocFrame(const ImageHeader& hdr)
{
    uint32_t bytes = hdr.width * hdr.height * 4; @@V@@
    return std::make_unique<uint8_t[]>(bytes);
}
""",
    pair="cpp-intovf",
)

safe(
    "cpp",
    r"""
#include <cstdint>
#include <memory>

struct ImageHeader {
    uint32_t width;    // read from the file
    uint32_t height;   // read from the file
};

constexpr uint32_t kMaxDim = 16384;

// Caller then writes width * height RGBA pixels into the returned frame.
std::unique_ptr<uint8_t[]> allocFrame(const ImageHeader& hdr)
{
    if (hdr.width == 0 || hdr.height == 0 || hdr.width > kMaxDim || hdr.height > kMaxDim)
        return nullptr;
    uint64_t bytes = static_cast<uint64_t>(hdr.width) * hdr.height * 4;  // cannot overflow
    return std::make_unique<uint8_t[]>(static_cast<std::size_t>(bytes));
}
""",
    pair="cpp-intovf",
)

vuln(
    "cpp",
    "CWE-787",
    r"""
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>

class Reassembler {
public:
    // offset comes from the fragment header sent by the peer
    void append(std::span<const uint8_t> chunk, std::size_t offset) {
        std::memcpy(buffer_.data() + offset, chunk.data(), chunk.size()); @@V@@
        used_ = std::max(used_, offset + chunk.size());
    }

private:
    std::array<uint8_t, 4096> buffer_{};
    std::size_t used_ = 0;
};
""",
    pair="cpp-memcpy",
)

safe(
    "cpp",
    r"""
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <span>

class Reassembler {
public:
    // offset comes from the fragment header sent by the peer
    bool append(std::span<const uint8_t> chunk, std::size_t offset) {
        if (offset > buffer_.size() || chunk.size() > buffer_.size() - offset)
            return false;
        std::memcpy(buffer_.data() + offset, chunk.data(), chunk.size());
        used_ = std::max(used_, offset + chunk.size());
        return true;
    }

private:
    std::array<uint8_t, 4096> buffer_{};
    std::size_t used_ = 0;
};
""",
    pair="cpp-memcpy",
)

vuln(
    "cpp",
    "CWE-129",
    r"""
#include <string>
#include <vector>

class PlayerRegistry {
public:
    // playerIndex is parsed from the client's JOIN message
    const std::string& nameFor(int playerIndex) const {
        return names_[playerIndex]; @@V@@
    }

private:
    std::vector<std::string> names_;
};
""",
    pair="cpp-index",
)

safe(
    "cpp",
    r"""
#include <string>
#include <vector>

class PlayerRegistry {
public:
    // playerIndex is parsed from the client's JOIN message
    const std::string* nameFor(int playerIndex) const {
        if (playerIndex < 0 || static_cast<std::size_t>(playerIndex) >= names_.size())
            return nullptr;
        return &names_[static_cast<std::size_t>(playerIndex)];
    }

private:
    std::vector<std::string> names_;
};
""",
    pair="cpp-index",
)

vuln(
    "cpp",
    "CWE-22",
    r"""
#include <fstream>
#include <sstream>
#include <string>

// requestedName is the path component of the HTTP request
std::string readAsset(const std::string& requestedName)
{
    const std::string root = "/var/www/assets/";
    std::ifstream in(root + requestedName, std::ios::binary); @@V@@
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
    pair="cpp-path",
)

safe(
    "cpp",
    r"""
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

// requestedName is the path component of the HTTP request
std::optional<std::string> readAsset(const std::string& requestedName)
{
    const fs::path root = fs::canonical("/var/www/assets");
    const fs::path target = fs::weakly_canonical(root / requestedName);
    const fs::path rel = target.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..")
        return std::nullopt;          // escapes the asset root
    std::ifstream in(target, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
""",
    pair="cpp-path",
)

vuln(
    "cpp",
    "CWE-327",
    r"""
#include <openssl/evp.h>
#include <vector>

std::vector<unsigned char> encryptRecord(const std::vector<unsigned char>& plain,
                                         const unsigned char key[16])
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), nullptr, key, nullptr); @@V@@
    std::vector<unsigned char> out(plain.size() + 16);
    int len = 0;
    int total = 0;
    EVP_EncryptUpdate(ctx, out.data(), &len, plain.data(), static_cast<int>(plain.size()));
    total = len;
    EVP_EncryptFinal_ex(ctx, out.data() + total, &len);
    total += len;
    EVP_CIPHER_CTX_free(ctx);
    out.resize(total);
    return out;
}
""",
    pair="cpp-ecb",
)

safe(
    "cpp",
    r"""
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdexcept>
#include <vector>

// Output layout: 12-byte random IV || ciphertext || 16-byte GCM tag
std::vector<unsigned char> encryptRecord(const std::vector<unsigned char>& plain,
                                         const unsigned char key[32])
{
    std::vector<unsigned char> out(12 + plain.size() + 16);
    if (RAND_bytes(out.data(), 12) != 1)
        throw std::runtime_error("RAND_bytes failed");
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, key, out.data());
    EVP_EncryptUpdate(ctx, out.data() + 12, &len, plain.data(), static_cast<int>(plain.size()));
    EVP_EncryptFinal_ex(ctx, out.data() + 12 + len, &len);
    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, 16, out.data() + 12 + plain.size());
    EVP_CIPHER_CTX_free(ctx);
    return out;
}
""",
    pair="cpp-ecb",
)

vuln(
    "cpp",
    "CWE-338",
    r"""
#include <cstdlib>
#include <string>

std::string makeResetToken()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::string token;
    for (int i = 0; i < 32; ++i)
        token += alphabet[std::rand() % (sizeof(alphabet) - 1)]; @@V@@
    return token;
}
""",
    pair="cpp-rand",
)

safe(
    "cpp",
    r"""
#include <openssl/rand.h>
#include <stdexcept>
#include <string>

std::string makeResetToken()
{
    unsigned char raw[32];
    if (RAND_bytes(raw, sizeof(raw)) != 1)
        throw std::runtime_error("no entropy available");
    static const char hex[] = "0123456789abcdef";
    std::string token;
    for (unsigned char b : raw) {
        token += hex[b >> 4];
        token += hex[b & 0x0f];
    }
    return token;
}
""",
    pair="cpp-rand",
)

vuln(
    "cpp",
    "CWE-295",
    r"""
#include <curl/curl.h>
#include <string>

static size_t collect(char* p, size_t sz, size_t n, void* ud)
{
    static_cast<std::string*>(ud)->append(p, sz * n);
    return sz * n;
}

std::string fetchConfig(const std::string& url)
{
    std::string body;
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L); @@V@@
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    return body;
}
""",
    pair="cpp-curl",
)

safe(
    "cpp",
    r"""
#include <curl/curl.h>
#include <stdexcept>
#include <string>

static size_t collect(char* p, size_t sz, size_t n, void* ud)
{
    static_cast<std::string*>(ud)->append(p, sz * n);
    return sz * n;
}

std::string fetchConfig(const std::string& url)
{
    std::string body;
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_CAINFO, "/etc/ssl/certs/internal-ca.pem");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    CURLcode rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK)
        throw std::runtime_error(curl_easy_strerror(rc));
    return body;
}
""",
    pair="cpp-curl",
)

vuln(
    "cpp",
    "CWE-89",
    r"""
#include <QSqlQuery>
#include <QString>
#include <QVariant>

int countOrdersFor(const QString& customer)
{
    QSqlQuery q;
    q.exec("SELECT COUNT(*) FROM orders WHERE customer = '" + customer + "'"); @@V@@
    return q.next() ? q.value(0).toInt() : 0;
}
""",
    pair="cpp-sql",
)

safe(
    "cpp",
    r"""
#include <QSqlQuery>
#include <QString>
#include <QVariant>

int countOrdersFor(const QString& customer)
{
    QSqlQuery q;
    q.prepare("SELECT COUNT(*) FROM orders WHERE customer = :customer");
    q.bindValue(":customer", customer);
    if (!q.exec())
        return -1;
    return q.next() ? q.value(0).toInt() : 0;
}
""",
    pair="cpp-sql",
)

safe(
    "cpp",
    r"""
#include <cstdio>
#include <openssl/evp.h>
#include <string>
#include <vector>

// Weak ETag for static file caching; never used for a security decision.
std::string computeEtag(const std::vector<unsigned char>& fileBytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(fileBytes.data(), fileBytes.size(), digest, &len, EVP_md5(), nullptr);
    std::string etag = "W/\"";
    char hex[3];
    for (unsigned int i = 0; i < len; ++i) {
        std::snprintf(hex, sizeof(hex), "%02x", digest[i]);
        etag += hex;
    }
    return etag + "\"";
}
""",
)

safe(
    "cpp",
    r"""
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

struct WireHeader {
    uint32_t magic;
    uint16_t version;
    uint16_t flags;
};

std::optional<WireHeader> parseHeader(const std::vector<uint8_t>& buf)
{
    if (buf.size() < sizeof(WireHeader))
        return std::nullopt;
    WireHeader hdr;
    std::memcpy(&hdr, buf.data(), sizeof(hdr));   // fixed size, length checked above
    if (hdr.magic != 0x4B4C5A31u)
        return std::nullopt;
    return hdr;
}
""",
)

# ---------------------------------------------------------------------------
# Bash
# ---------------------------------------------------------------------------

vuln(
    "bash",
    "CWE-78",
    r"""
#!/usr/bin/env bash
# run_task.sh - run one of the maintenance tasks requested through the ops queue
set -euo pipefail

task="$1"
echo "running task: $task"
eval "$task" @@V@@
echo "done"
""",
    pair="bash-eval",
)

safe(
    "bash",
    r"""
#!/usr/bin/env bash
# run_task.sh - run one of the maintenance tasks requested through the ops queue
set -euo pipefail

task="$1"
echo "running task: $task"
case "$task" in
  rotate-logs) logrotate /etc/logrotate.d/app ;;
  clear-cache) find /var/cache/app -type f -mtime +7 -delete ;;
  reindex)     /opt/app/bin/reindex ;;
  *) echo "unknown task: $task" >&2; exit 1 ;;
esac
echo "done"
""",
    pair="bash-eval",
)

vuln(
    "bash",
    "CWE-88",
    r"""
#!/bin/bash
# cleanup.sh <build-dir>
BUILD_DIR=$1

echo "Cleaning $BUILD_DIR"
rm -rf $BUILD_DIR/* @@V@@
mkdir -p "$BUILD_DIR/out"
""",
    pair="bash-rm",
)

safe(
    "bash",
    r"""
#!/bin/bash
# cleanup.sh <build-dir>
set -eu
BUILD_DIR="${1:?usage: cleanup.sh <build-dir>}"

echo "Cleaning $BUILD_DIR"
rm -rf -- "${BUILD_DIR:?}"/*
mkdir -p -- "$BUILD_DIR/out"
""",
    pair="bash-rm",
)

vuln(
    "bash",
    "CWE-494",
    r"""
#!/bin/sh
# install the monitoring agent on a fresh host
set -e
AGENT_VERSION=2.4.1

echo "Installing agent $AGENT_VERSION"
curl -fsSL "https://get.example-monitor.io/install.sh?v=${AGENT_VERSION}" | sh @@V@@
systemctl enable --now monitor-agent
""",
    pair="bash-curlsh",
)

safe(
    "bash",
    r"""
#!/bin/sh
# install the monitoring agent on a fresh host
set -eu
AGENT_VERSION=2.4.1
INSTALLER_SHA256=9b2f1c4e7a0d3b6e8f1a2c5d7e9b0c3f6a8d1e4b7c0f2a5d8e1b3c6f9a2d4e70

echo "Installing agent $AGENT_VERSION"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
curl -fsSL -o "$tmp" "https://get.example-monitor.io/install-${AGENT_VERSION}.sh"
echo "${INSTALLER_SHA256}  ${tmp}" | sha256sum -c -
sh "$tmp"
systemctl enable --now monitor-agent
""",
    pair="bash-curlsh",
)

vuln(
    "bash",
    "CWE-377",
    r"""
#!/bin/bash
# nightly: dump the database and ship it to object storage
set -e
DUMP=/tmp/db_backup_$(date +%Y%m%d).sql @@V@@
pg_dump -U backup appdb > "$DUMP"
gzip -f "$DUMP"
aws s3 cp "$DUMP.gz" s3://company-backups/
rm -f "$DUMP.gz"
""",
    pair="bash-tmp",
)

safe(
    "bash",
    r"""
#!/bin/bash
# nightly: dump the database and ship it to object storage
set -euo pipefail
umask 077
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
DUMP="$workdir/db_backup_$(date +%Y%m%d).sql"
pg_dump -U backup appdb > "$DUMP"
gzip -f "$DUMP"
aws s3 cp "$DUMP.gz" s3://company-backups/
""",
    pair="bash-tmp",
)

vuln(
    "bash",
    "CWE-732",
    r"""
#!/bin/bash
# setup_uploads.sh - prepare the upload directory for the web app
UPLOAD_DIR=/srv/app/uploads

mkdir -p "$UPLOAD_DIR"
chown www-data:www-data "$UPLOAD_DIR"
chmod -R 777 "$UPLOAD_DIR" @@V@@
echo "upload dir ready"
""",
    pair="bash-chmod",
)

safe(
    "bash",
    r"""
#!/bin/bash
# setup_uploads.sh - prepare the upload directory for the web app
set -eu
UPLOAD_DIR=/srv/app/uploads

mkdir -p "$UPLOAD_DIR"
chown www-data:www-data "$UPLOAD_DIR"
chmod 750 "$UPLOAD_DIR"
echo "upload dir ready"
""",
    pair="bash-chmod",
)

vuln(
    "bash",
    "CWE-276",
    r"""
#!/bin/bash
# start the worker so that every spawned process can share its sockets and files
umask 000 @@V@@
export APP_ENV=production
cd /opt/worker || exit 1
exec ./worker --socket /run/worker/worker.sock --data /var/lib/worker
""",
)

vuln(
    "bash",
    "CWE-798",
    r"""
#!/bin/bash
# nightly report export
DB_HOST=db.internal
DB_USER=report
DB_PASS='Sup3rS3cret!2023' @@V@@

export MYSQL_PWD="$DB_PASS"
mysql -h "$DB_HOST" -u "$DB_USER" reports -e "SELECT * FROM daily" > /var/reports/daily.tsv
""",
    pair="bash-cred",
)

safe(
    "bash",
    r"""
#!/bin/bash
# nightly report export
set -euo pipefail
DB_HOST=db.internal

# user and password live in a root-owned 0600 option file managed by config management
mysql --defaults-extra-file=/etc/report/client.cnf -h "$DB_HOST" reports \
  -e "SELECT * FROM daily" > /var/reports/daily.tsv
""",
    pair="bash-cred",
)

vuln(
    "bash",
    "CWE-295",
    r"""
#!/bin/bash
API=https://inventory.internal.example.com/api/v1

fetch_hosts() {
  curl -sk "$API/hosts?env=$1" -H "Authorization: Bearer $(cat ~/.inventory_token)" @@V@@
}

fetch_hosts prod | jq -r '.[].name'
""",
    pair="bash-curlk",
)

safe(
    "bash",
    r"""
#!/bin/bash
API=https://inventory.internal.example.com/api/v1
CA_BUNDLE=/etc/ssl/certs/internal-ca.pem

fetch_hosts() {
  curl -sS --fail --cacert "$CA_BUNDLE" "$API/hosts?env=$1" \
    -H "Authorization: Bearer $(cat ~/.inventory_token)"
}

fetch_hosts prod | jq -r '.[].name'
""",
    pair="bash-curlk",
)

vuln(
    "bash",
    "CWE-532",
    r"""
#!/bin/bash
LOG=/var/log/deploy.log

deploy() {
  local token="$1"
  echo "$(date -Is) triggering release with token=$token" >> "$LOG" @@V@@
  curl -fsS -X POST -H "Authorization: Bearer $token" https://deploy.example.com/hooks/release
}

deploy "$DEPLOY_TOKEN"
""",
    pair="bash-log",
)

safe(
    "bash",
    r"""
#!/bin/bash
LOG=/var/log/deploy.log

deploy() {
  local token="$1"
  echo "$(date -Is) triggering release (token ending ...${token: -4})" >> "$LOG"
  curl -fsS -X POST -H "Authorization: Bearer $token" https://deploy.example.com/hooks/release
}

deploy "$DEPLOY_TOKEN"
""",
    pair="bash-log",
)

vuln(
    "bash",
    "CWE-89",
    r"""
#!/bin/bash
# lookup_user.sh <username>  (called by the helpdesk web tool)
DB=/var/lib/app/users.db
user="$1"

sqlite3 "$DB" "SELECT id, email FROM users WHERE name = '$user';" @@V@@
""",
    pair="bash-sql",
)

safe(
    "bash",
    r"""
#!/bin/bash
# lookup_user.sh <username>  (called by the helpdesk web tool)
DB=/var/lib/app/users.db
user="$1"

if [[ ! "$user" =~ ^[A-Za-z0-9_.-]{1,32}$ ]]; then
  echo "invalid username" >&2
  exit 1
fi
sqlite3 "$DB" "SELECT id, email FROM users WHERE name = '$user';"
""",
    pair="bash-sql",
)

vuln(
    "bash",
    "CWE-78",
    r"""
#!/bin/bash
# convert every uploaded .wav file to mp3, then archive the originals
set -u
SRC=/srv/uploads

find "$SRC" -name '*.wav' -exec sh -c 'ffmpeg -loglevel error -i "{}" "{}.mp3"' \; @@V@@
mkdir -p "$SRC/archive"
find "$SRC" -maxdepth 1 -name '*.wav' -exec mv -t "$SRC/archive" -- {} +
""",
    pair="bash-find",
)

safe(
    "bash",
    r"""
#!/bin/bash
# convert every uploaded .wav file to mp3, then archive the originals
set -u
SRC=/srv/uploads

find "$SRC" -name '*.wav' -exec sh -c 'ffmpeg -loglevel error -i "$1" "$1.mp3"' _ {} \;
mkdir -p "$SRC/archive"
find "$SRC" -maxdepth 1 -name '*.wav' -exec mv -t "$SRC/archive" -- {} +
""",
    pair="bash-find",
)

vuln(
    "bash",
    "CWE-22",
    r"""
#!/bin/bash
# download.cgi - serve a generated report by name: /cgi-bin/download.cgi?name=q3.pdf
name="${QUERY_STRING#name=}"

echo "Content-Type: application/pdf"
echo
cat "/srv/reports/$name" @@V@@
""",
    pair="bash-path",
)

safe(
    "bash",
    r"""
#!/bin/bash
# download.cgi - serve a generated report by name: /cgi-bin/download.cgi?name=q3.pdf
name="${QUERY_STRING#name=}"

if [[ ! "$name" =~ ^[A-Za-z0-9_-]{1,64}\.pdf$ ]] || [[ ! -f "/srv/reports/$name" ]]; then
  echo "Status: 404 Not Found"
  echo
  exit 0
fi
echo "Content-Type: application/pdf"
echo
cat -- "/srv/reports/$name"
""",
    pair="bash-path",
)

vuln(
    "bash",
    "CWE-78",
    r"""
#!/bin/bash
# tail_remote.sh <host> <logfile> - used by the support dashboard
host="$1"
logfile="$2"

ssh -o BatchMode=yes "deploy@$host" "tail -n 200 $logfile" @@V@@
""",
)

safe(
    "bash",
    r"""
#!/bin/bash
# start an ssh agent for this CI job and load the deploy key
set -euo pipefail
eval "$(ssh-agent -s)"
key_file="$(mktemp)"
trap 'rm -f "$key_file"; ssh-agent -k >/dev/null' EXIT
printf '%s\n' "$DEPLOY_KEY" > "$key_file"
chmod 600 "$key_file"
ssh-add "$key_file"
git clone git@github.com:example/app.git
""",
)

safe(
    "bash",
    r"""
#!/bin/bash
# backup_dir.sh <src> <dest> - copies a directory, keeping names with spaces intact
set -euo pipefail
src="${1:?source required}"
dest="${2:?destination required}"

mkdir -p -- "$dest"
cp -a -- "$src"/. "$dest"/
chmod 700 -- "$dest"
echo "copied '$src' to '$dest'"
""",
)

# ---------------------------------------------------------------------------
# Kotlin
# ---------------------------------------------------------------------------

vuln(
    "kotlin",
    "CWE-89",
    r"""
import java.sql.Connection

data class User(val id: Long, val email: String)

fun findUserByEmail(conn: Connection, email: String): User? {
    conn.createStatement().use { stmt ->
        val rs = stmt.executeQuery("SELECT id, email FROM users WHERE email = '$email'") @@V@@
        return if (rs.next()) User(rs.getLong("id"), rs.getString("email")) else null
    }
}
""",
    pair="kt-sql",
)

safe(
    "kotlin",
    r"""
import java.sql.Connection

data class User(val id: Long, val email: String)

fun findUserByEmail(conn: Connection, email: String): User? {
    conn.prepareStatement("SELECT id, email FROM users WHERE email = ?").use { ps ->
        ps.setString(1, email)
        ps.executeQuery().use { rs ->
            return if (rs.next()) User(rs.getLong("id"), rs.getString("email")) else null
        }
    }
}
""",
    pair="kt-sql",
)

vuln(
    "kotlin",
    "CWE-78",
    r"""
import java.util.concurrent.TimeUnit

// host is taken from the admin "connectivity check" form
fun pingHost(host: String): Boolean {
    val process = Runtime.getRuntime().exec(arrayOf("/bin/sh", "-c", "ping -c 1 $host")) @@V@@
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        return false
    }
    return process.exitValue() == 0
}
""",
    pair="kt-exec",
)

safe(
    "kotlin",
    r"""
import java.util.concurrent.TimeUnit

private val HOSTNAME = Regex("^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$")

// host is taken from the admin "connectivity check" form
fun pingHost(host: String): Boolean {
    require(HOSTNAME.matches(host)) { "invalid host name" }
    val process = ProcessBuilder("ping", "-c", "1", host).redirectErrorStream(true).start()
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly()
        return false
    }
    return process.exitValue() == 0
}
""",
    pair="kt-exec",
)

vuln(
    "kotlin",
    "CWE-22",
    r"""
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.io.File

fun Route.downloadRoutes(storageDir: File) {
    get("/download") {
        val requested = call.request.queryParameters["path"]
        if (requested == null) {
            call.respond(HttpStatusCode.BadRequest)
            return@get
        }
        val file = File(storageDir, requested) @@V@@
        if (!file.isFile) {
            call.respond(HttpStatusCode.NotFound)
            return@get
        }
        call.respondFile(file)
    }
}
""",
    pair="kt-path",
)

safe(
    "kotlin",
    r"""
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.io.File

fun Route.downloadRoutes(storageDir: File) {
    val root = storageDir.canonicalFile.toPath()
    get("/download") {
        val requested = call.request.queryParameters["path"]
        if (requested == null) {
            call.respond(HttpStatusCode.BadRequest)
            return@get
        }
        val target = root.resolve(requested).normalize()
        if (!target.startsWith(root) || !target.toFile().isFile) {
            call.respond(HttpStatusCode.NotFound)
            return@get
        }
        call.respondFile(target.toFile())
    }
}
""",
    pair="kt-path",
)

vuln(
    "kotlin",
    "CWE-601",
    r"""
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.post

fun Route.loginRoutes(auth: AuthService) {
    post("/login") {
        val params = call.receiveParameters()
        val ok = auth.check(params["username"].orEmpty(), params["password"].orEmpty())
        if (!ok) {
            call.respond(HttpStatusCode.Unauthorized)
            return@post
        }
        val next = call.request.queryParameters["next"] ?: "/"
        call.respondRedirect(next) @@V@@
    }
}
""",
    pair="kt-redirect",
)

safe(
    "kotlin",
    r"""
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.post

private fun isLocalPath(p: String): Boolean =
    p.startsWith("/") && !p.startsWith("//") && !p.contains('\\') && !p.contains("://")

fun Route.loginRoutes(auth: AuthService) {
    post("/login") {
        val params = call.receiveParameters()
        val ok = auth.check(params["username"].orEmpty(), params["password"].orEmpty())
        if (!ok) {
            call.respond(HttpStatusCode.Unauthorized)
            return@post
        }
        val next = call.request.queryParameters["next"]?.takeIf(::isLocalPath) ?: "/"
        call.respondRedirect(next)
    }
}
""",
    pair="kt-redirect",
)

vuln(
    "kotlin",
    "CWE-79",
    r"""
import io.ktor.http.ContentType
import io.ktor.server.application.call
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get

fun Route.greetingRoutes() {
    get("/hello") {
        val name = call.request.queryParameters["name"] ?: "guest"
        call.respondText("<html><body><h1>Hello, $name!</h1></body></html>", ContentType.Text.Html) @@V@@
    }
}
""",
    pair="kt-xss",
)

safe(
    "kotlin",
    r"""
import io.ktor.server.application.call
import io.ktor.server.html.respondHtml
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import kotlinx.html.body
import kotlinx.html.h1

fun Route.greetingRoutes() {
    get("/hello") {
        val name = call.request.queryParameters["name"] ?: "guest"
        // kotlinx.html escapes text content added with unaryPlus
        call.respondHtml {
            body { h1 { +"Hello, $name!" } }
        }
    }
}
""",
    pair="kt-xss",
)

vuln(
    "kotlin",
    "CWE-502",
    r"""
import java.io.ObjectInputStream
import java.net.ServerSocket

fun receiveCommands(port: Int, handler: (Any?) -> Unit) {
    ServerSocket(port).use { server ->
        while (true) {
            server.accept().use { socket ->
                val input = ObjectInputStream(socket.getInputStream())
                val command = input.readObject() @@V@@
                handler(command)
            }
        }
    }
}
""",
)

vuln(
    "kotlin",
    "CWE-611",
    r"""
import java.io.InputStream
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Document

// parses invoices uploaded by partners
fun parseInvoice(upload: InputStream): Document {
    val factory = DocumentBuilderFactory.newInstance() @@V@@
    factory.isNamespaceAware = true
    val builder = factory.newDocumentBuilder()
    return builder.parse(upload)
}
""",
    pair="kt-xxe",
)

safe(
    "kotlin",
    r"""
import java.io.InputStream
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Document

// parses invoices uploaded by partners
fun parseInvoice(upload: InputStream): Document {
    val factory = DocumentBuilderFactory.newInstance()
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
    factory.isXIncludeAware = false
    factory.isExpandEntityReferences = false
    factory.isNamespaceAware = true
    return factory.newDocumentBuilder().parse(upload)
}
""",
    pair="kt-xxe",
)

vuln(
    "kotlin",
    "CWE-327",
    r"""
import java.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.SecretKeySpec

fun encryptCardNumber(pan: String, key: ByteArray): String {
    val cipher = Cipher.getInstance("AES/ECB/PKCS5Padding") @@V@@
    cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"))
    return Base64.getEncoder().encodeToString(cipher.doFinal(pan.toByteArray()))
}
""",
    pair="kt-ecb",
)

safe(
    "kotlin",
    r"""
import java.security.SecureRandom
import java.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec

private val rng = SecureRandom()

fun encryptCardNumber(pan: String, key: ByteArray): String {
    val iv = ByteArray(12).also { rng.nextBytes(it) }
    val cipher = Cipher.getInstance("AES/GCM/NoPadding")
    cipher.init(Cipher.ENCRYPT_MODE, SecretKeySpec(key, "AES"), GCMParameterSpec(128, iv))
    val ct = cipher.doFinal(pan.toByteArray())
    return Base64.getEncoder().encodeToString(iv + ct)
}
""",
    pair="kt-ecb",
)

vuln(
    "kotlin",
    "CWE-862",
    r"""
import java.security.Principal
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*

@RestController
@RequestMapping("/api/documents")
class DocumentController(private val repo: DocumentRepository) {

    @DeleteMapping("/{id}")
    fun delete(@PathVariable id: Long, principal: Principal): ResponseEntity<Void> {
        val doc = repo.findById(id).orElse(null) ?: return ResponseEntity.notFound().build()
        repo.delete(doc) @@V@@
        return ResponseEntity.noContent().build()
    }
}
""",
    pair="kt-authz",
)

safe(
    "kotlin",
    r"""
import java.security.Principal
import org.springframework.http.HttpStatus
import org.springframework.http.ResponseEntity
import org.springframework.web.bind.annotation.*

@RestController
@RequestMapping("/api/documents")
class DocumentController(private val repo: DocumentRepository) {

    @DeleteMapping("/{id}")
    fun delete(@PathVariable id: Long, principal: Principal): ResponseEntity<Void> {
        val doc = repo.findById(id).orElse(null) ?: return ResponseEntity.notFound().build()
        if (doc.ownerUsername != principal.name) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build()
        }
        repo.delete(doc)
        return ResponseEntity.noContent().build()
    }
}
""",
    pair="kt-authz",
)

vuln(
    "kotlin",
    "CWE-798",
    r"""
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

object PaymentClient {
    private const val API_KEY = "sk_live_51HcQ2xKZ8pTq9vLmN3rS7wYb" @@V@@
    private val http = HttpClient.newHttpClient()

    fun charge(amountCents: Long, customerId: String): Int {
        val form = "amount=$amountCents&customer=" + URLEncoder.encode(customerId, Charsets.UTF_8)
        val req = HttpRequest.newBuilder(URI("https://api.payments.example.com/v1/charges"))
            .header("Authorization", "Bearer $API_KEY")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build()
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode()
    }
}
""",
    pair="kt-cred",
)

safe(
    "kotlin",
    r"""
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

object PaymentClient {
    private val apiKey: String = System.getenv("PAYMENTS_API_KEY")
        ?: error("PAYMENTS_API_KEY is not set")
    private val http = HttpClient.newHttpClient()

    fun charge(amountCents: Long, customerId: String): Int {
        val form = "amount=$amountCents&customer=" + URLEncoder.encode(customerId, Charsets.UTF_8)
        val req = HttpRequest.newBuilder(URI("https://api.payments.example.com/v1/charges"))
            .header("Authorization", "Bearer $apiKey")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build()
        return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode()
    }
}
""",
    pair="kt-cred",
)

vuln(
    "kotlin",
    "CWE-297",
    r"""
import java.util.concurrent.TimeUnit
import okhttp3.OkHttpClient

fun buildPartnerClient(): OkHttpClient =
    OkHttpClient.Builder()
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(30, TimeUnit.SECONDS)
        .hostnameVerifier { _, _ -> true } @@V@@
        .build()
""",
)

vuln(
    "kotlin",
    "CWE-328",
    r"""
import java.security.MessageDigest

class PasswordStore(private val users: MutableMap<String, String>) {
    fun register(username: String, password: String) {
        val md = MessageDigest.getInstance("MD5") @@V@@
        val hash = md.digest(password.toByteArray()).joinToString("") { "%02x".format(it) }
        users[username] = hash
    }
}
""",
    pair="kt-md5",
)

safe(
    "kotlin",
    r"""
import java.security.SecureRandom
import java.util.Base64
import javax.crypto.SecretKeyFactory
import javax.crypto.spec.PBEKeySpec

class PasswordStore(private val users: MutableMap<String, String>) {
    private val rng = SecureRandom()

    fun register(username: String, password: String) {
        val salt = ByteArray(16).also { rng.nextBytes(it) }
        val spec = PBEKeySpec(password.toCharArray(), salt, 210_000, 256)
        val hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).encoded
        val enc = Base64.getEncoder()
        users[username] = "pbkdf2-sha256:210000:${enc.encodeToString(salt)}:${enc.encodeToString(hash)}"
    }
}
""",
    pair="kt-md5",
)

vuln(
    "kotlin",
    "CWE-918",
    r"""
import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get

fun Route.previewRoutes(client: HttpClient) {
    get("/preview") {
        val target = call.request.queryParameters["url"]
            ?: return@get call.respond(HttpStatusCode.BadRequest)
        val body = client.get(target).bodyAsText() @@V@@
        call.respondText(body.take(500))
    }
}
""",
    pair="kt-ssrf",
)

safe(
    "kotlin",
    r"""
import io.ktor.client.HttpClient
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.net.URI

private val ALLOWED_HOSTS = setOf("docs.example.com", "blog.example.com")

fun Route.previewRoutes(client: HttpClient) {
    get("/preview") {
        val uri = call.request.queryParameters["url"]?.let { runCatching { URI(it) }.getOrNull() }
        if (uri == null || uri.scheme != "https" || uri.host !in ALLOWED_HOSTS || uri.port != -1) {
            return@get call.respond(HttpStatusCode.BadRequest)
        }
        val body = client.get(uri.toString()).bodyAsText()
        call.respondText(body.take(500))
    }
}
""",
    pair="kt-ssrf",
)

safe(
    "kotlin",
    r"""
import java.security.MessageDigest

// Cache key for rendered thumbnails; collisions only cause a cache miss,
// the value is not used for any security decision.
fun thumbnailCacheKey(sourceUrl: String, width: Int, height: Int): String {
    val md = MessageDigest.getInstance("MD5")
    val digest = md.digest("$sourceUrl|$width|$height".toByteArray())
    return digest.joinToString("") { "%02x".format(it) }
}
""",
)

safe(
    "kotlin",
    r"""
import kotlin.random.Random
import kotlinx.coroutines.delay

// Retries a flaky call with exponential backoff plus random jitter.
suspend fun <T> withRetry(attempts: Int = 5, block: suspend () -> T): T {
    var backoffMs = 200L
    repeat(attempts - 1) {
        try {
            return block()
        } catch (e: java.io.IOException) {
            delay(backoffMs + Random.nextLong(0, backoffMs / 2))
            backoffMs *= 2
        }
    }
    return block()
}
""",
)

# ---------------------------------------------------------------------------
# TypeScript
# ---------------------------------------------------------------------------

vuln(
    "typescript",
    "CWE-89",
    r"""
import { Pool } from "pg";

const pool = new Pool();

export async function getOrdersByStatus(status: string) {
  const result = await pool.query(
    `SELECT id, total, created_at FROM orders WHERE status = '${status}' ORDER BY created_at DESC` @@V@@
  );
  return result.rows;
}
""",
    pair="ts-sql",
)

safe(
    "typescript",
    r"""
import { Pool } from "pg";

const pool = new Pool();

export async function getOrdersByStatus(status: string) {
  const result = await pool.query(
    "SELECT id, total, created_at FROM orders WHERE status = $1 ORDER BY created_at DESC",
    [status]
  );
  return result.rows;
}
""",
    pair="ts-sql",
)

vuln(
    "typescript",
    "CWE-79",
    r"""
import React from "react";

interface Comment {
  id: string;
  author: string;
  body: string;
}

export function CommentItem({ comment }: { comment: Comment }) {
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: comment.body }} /> @@V@@
    </li>
  );
}
""",
    pair="ts-react",
)

safe(
    "typescript",
    r"""
import DOMPurify from "dompurify";
import React from "react";

interface Comment {
  id: string;
  author: string;
  body: string;
}

export function CommentItem({ comment }: { comment: Comment }) {
  const clean = DOMPurify.sanitize(comment.body, { USE_PROFILES: { html: true } });
  return (
    <li className="comment">
      <strong>{comment.author}</strong>
      <div dangerouslySetInnerHTML={{ __html: clean }} />
    </li>
  );
}
""",
    pair="ts-react",
)

vuln(
    "typescript",
    "CWE-79",
    r"""
export function renderSearchHeader(container: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const q = params.get("q") ?? "";
  container.innerHTML = `<h2>Results for "${q}"</h2>`; @@V@@
}
""",
    pair="ts-innerhtml",
)

safe(
    "typescript",
    r"""
export function renderSearchHeader(container: HTMLElement): void {
  const params = new URLSearchParams(window.location.search);
  const q = params.get("q") ?? "";
  const h2 = document.createElement("h2");
  h2.textContent = `Results for "${q}"`;
  container.replaceChildren(h2);
}
""",
    pair="ts-innerhtml",
)

vuln(
    "typescript",
    "CWE-1321",
    r"""
// Used by PATCH /api/settings:
//   for (const [k, v] of Object.entries(req.body)) setByPath(settings, k, v);
export function setByPath(target: Record<string, any>, path: string, value: unknown): void {
  const parts = path.split(".");
  let cur: Record<string, any> = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (typeof cur[key] !== "object" || cur[key] === null) {
      cur[key] = {};
    }
    cur = cur[key];
  }
  cur[parts[parts.length - 1]] = value; @@V@@
}
""",
    pair="ts-proto",
)

safe(
    "typescript",
    r"""
// Used by PATCH /api/settings:
//   for (const [k, v] of Object.entries(req.body)) setByPath(settings, k, v);
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

export function setByPath(target: Record<string, any>, path: string, value: unknown): void {
  const parts = path.split(".");
  if (parts.some((p) => FORBIDDEN.has(p))) {
    throw new Error(`refusing to set unsafe path ${path}`);
  }
  let cur: Record<string, any> = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i];
    if (!Object.prototype.hasOwnProperty.call(cur, key) || typeof cur[key] !== "object" || cur[key] === null) {
      cur[key] = {};
    }
    cur = cur[key];
  }
  cur[parts[parts.length - 1]] = value;
}
""",
    pair="ts-proto",
)

vuln(
    "typescript",
    "CWE-95",
    r"""
import express, { Request, Response } from "express";

const app = express();
app.use(express.json());

app.post("/api/calc", (req: Request, res: Response) => {
  const expression: string = req.body.expression;
  try {
    const result = eval(expression); @@V@@
    res.json({ result });
  } catch {
    res.status(400).json({ error: "invalid expression" });
  }
});
""",
)

vuln(
    "typescript",
    "CWE-78",
    r"""
import { exec } from "child_process";
import { promisify } from "util";

const run = promisify(exec);

export async function createThumbnail(uploadPath: string): Promise<string> {
  const out = `${uploadPath}.thumb.png`;
  await run(`convert "${uploadPath}" -resize 200x200 "${out}"`); @@V@@
  return out;
}
""",
    pair="ts-exec",
)

safe(
    "typescript",
    r"""
import { execFile } from "child_process";
import { promisify } from "util";

const run = promisify(execFile);

export async function createThumbnail(uploadPath: string): Promise<string> {
  if (uploadPath.startsWith("-")) throw new Error("bad path");
  const out = `${uploadPath}.thumb.png`;
  await run("convert", [uploadPath, "-resize", "200x200", out]);
  return out;
}
""",
    pair="ts-exec",
)

vuln(
    "typescript",
    "CWE-22",
    r"""
import express from "express";
import path from "path";

const UPLOAD_DIR = path.resolve("./uploads");
const router = express.Router();

router.get("/files", (req, res) => {
  const name = String(req.query.name ?? "");
  res.sendFile(path.join(UPLOAD_DIR, name)); @@V@@
});

export default router;
""",
    pair="ts-path",
)

safe(
    "typescript",
    r"""
import express from "express";
import path from "path";

const UPLOAD_DIR = path.resolve("./uploads");
const router = express.Router();

router.get("/files", (req, res) => {
  const name = String(req.query.name ?? "");
  const target = path.resolve(UPLOAD_DIR, name);
  if (!target.startsWith(UPLOAD_DIR + path.sep)) {
    return res.status(400).send("invalid file name");
  }
  res.sendFile(target);
});

export default router;
""",
    pair="ts-path",
)

vuln(
    "typescript",
    "CWE-918",
    r"""
import express, { Request, Response } from "express";

const app = express();

// Proxies avatar images so the browser never talks to third parties directly.
app.get("/api/avatar-proxy", async (req: Request, res: Response) => {
  const src = String(req.query.src ?? "");
  const upstream = await fetch(src); @@V@@
  res.type(upstream.headers.get("content-type") ?? "application/octet-stream");
  res.send(Buffer.from(await upstream.arrayBuffer()));
});
""",
    pair="ts-ssrf",
)

safe(
    "typescript",
    r"""
import express, { Request, Response } from "express";

const app = express();
const AVATAR_HOSTS = new Set(["avatars.githubusercontent.com", "secure.gravatar.com"]);

// Proxies avatar images so the browser never talks to third parties directly.
app.get("/api/avatar-proxy", async (req: Request, res: Response) => {
  let url: URL;
  try {
    url = new URL(String(req.query.src ?? ""));
  } catch {
    return res.status(400).end();
  }
  if (url.protocol !== "https:" || url.port !== "" || !AVATAR_HOSTS.has(url.hostname)) {
    return res.status(400).end();
  }
  const upstream = await fetch(url, { redirect: "error" });
  res.type(upstream.headers.get("content-type") ?? "application/octet-stream");
  res.send(Buffer.from(await upstream.arrayBuffer()));
});
""",
    pair="ts-ssrf",
)

vuln(
    "typescript",
    "CWE-601",
    r"""
import { Router, Request, Response } from "express";

export const authRouter = Router();

authRouter.get("/logout", (req: Request, res: Response) => {
  req.session.destroy(() => {
    const returnTo = (req.query.returnTo as string) || "/";
    res.redirect(returnTo); @@V@@
  });
});
""",
    pair="ts-redirect",
)

safe(
    "typescript",
    r"""
import { Router, Request, Response } from "express";

export const authRouter = Router();

function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/";
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  return value;
}

authRouter.get("/logout", (req: Request, res: Response) => {
  req.session.destroy(() => {
    res.redirect(safeReturnPath(req.query.returnTo));
  });
});
""",
    pair="ts-redirect",
)

vuln(
    "typescript",
    "CWE-347",
    r"""
import jwt from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  const payload = jwt.decode(token) as { sub?: string } | null; @@V@@
  if (!payload?.sub) {
    return res.status(401).json({ error: "unauthorized" });
  }
  res.locals.userId = payload.sub;
  next();
}
""",
    pair="ts-jwt",
)

safe(
    "typescript",
    r"""
import jwt from "jsonwebtoken";
import type { NextFunction, Request, Response } from "express";

const JWT_SECRET = process.env.JWT_SECRET as string;

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.replace(/^Bearer /, "");
  try {
    const payload = jwt.verify(token, JWT_SECRET, { algorithms: ["HS256"] }) as { sub?: string };
    if (!payload.sub) throw new Error("no subject");
    res.locals.userId = payload.sub;
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}
""",
    pair="ts-jwt",
)

vuln(
    "typescript",
    "CWE-942",
    r"""
import cors from "cors";
import express from "express";
import { apiRouter } from "./routes";

const app = express();

app.use(
  cors({
    origin: true, @@V@@
    credentials: true,
  })
);
app.use("/api", apiRouter);
""",
    pair="ts-cors",
)

safe(
    "typescript",
    r"""
import cors from "cors";
import express from "express";
import { apiRouter } from "./routes";

const app = express();
const ALLOWED_ORIGINS = ["https://app.example.com", "https://admin.example.com"];

app.use(
  cors({
    origin: ALLOWED_ORIGINS,
    credentials: true,
  })
);
app.use("/api", apiRouter);
""",
    pair="ts-cors",
)

vuln(
    "typescript",
    "CWE-338",
    r"""
export function generateInviteCode(length = 24): string {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let i = 0; i < length; i++) {
    code += chars[Math.floor(Math.random() * chars.length)]; @@V@@
  }
  return code;
}
""",
    pair="ts-rand",
)

safe(
    "typescript",
    r"""
import { randomInt } from "crypto";

export function generateInviteCode(length = 24): string {
  const chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let code = "";
  for (let i = 0; i < length; i++) {
    code += chars[randomInt(chars.length)];
  }
  return code;
}
""",
    pair="ts-rand",
)

vuln(
    "typescript",
    "CWE-1333",
    r"""
// Server-side validation of addresses typed into the signup form.
const EMAIL_RE = /^([a-zA-Z0-9]+[._-]?)*[a-zA-Z0-9]+@([a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}$/; @@V@@

export function isValidEmail(input: string): boolean {
  return EMAIL_RE.test(input);
}
""",
    pair="ts-redos",
)

safe(
    "typescript",
    r"""
// Server-side validation of addresses typed into the signup form.
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(input: string): boolean {
  return input.length <= 254 && EMAIL_RE.test(input);
}
""",
    pair="ts-redos",
)

safe(
    "typescript",
    r"""
const SPINNER_MARKUP = '<div class="spinner" role="status" aria-label="Loading"></div>';

// Shows a constant loading indicator; returns a function that removes it.
export function showSpinner(target: HTMLElement): () => void {
  target.innerHTML = SPINNER_MARKUP;
  return () => {
    target.innerHTML = "";
  };
}
""",
)

# ---------------------------------------------------------------------------
# Rust
# ---------------------------------------------------------------------------

vuln(
    "rust",
    "CWE-125",
    r"""
const LEVEL_NAMES: [&str; 4] = ["debug", "info", "warn", "error"];

/// `level` is the first byte of each log record received from remote agents.
pub fn level_name(level: u8) -> &'static str {
    unsafe { LEVEL_NAMES.get_unchecked(level as usize) } @@V@@
}
""",
    pair="rs-unchecked",
)

safe(
    "rust",
    r"""
const LEVEL_NAMES: [&str; 4] = ["debug", "info", "warn", "error"];

/// `level` is the first byte of each log record received from remote agents.
pub fn level_name(level: u8) -> &'static str {
    LEVEL_NAMES.get(level as usize).copied().unwrap_or("unknown")
}
""",
    pair="rs-unchecked",
)

vuln(
    "rust",
    "CWE-908",
    r"""
use std::io::{self, Read};

/// Reads one length-prefixed frame from a client connection.
pub fn read_frame<R: Read>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    reader.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    let mut payload = Vec::with_capacity(len);
    unsafe { payload.set_len(len) }; @@V@@
    reader.read(&mut payload)?;
    Ok(payload)
}
""",
    pair="rs-setlen",
)

safe(
    "rust",
    r"""
use std::io::{self, Read};

const MAX_FRAME: usize = 1 << 20;

/// Reads one length-prefixed frame from a client connection.
pub fn read_frame<R: Read>(reader: &mut R) -> io::Result<Vec<u8>> {
    let mut len_buf = [0u8; 4];
    reader.read_exact(&mut len_buf)?;
    let len = u32::from_be_bytes(len_buf) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut payload = vec![0u8; len];
    reader.read_exact(&mut payload)?;
    Ok(payload)
}
""",
    pair="rs-setlen",
)

vuln(
    "rust",
    "CWE-843",
    r"""
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    Get = 0,
    Put = 1,
    Delete = 2,
}

/// The first byte of every request packet is the opcode.
pub fn decode_opcode(packet: &[u8]) -> Option<Opcode> {
    let first = *packet.first()?;
    Some(unsafe { std::mem::transmute::<u8, Opcode>(first) }) @@V@@
}
""",
    pair="rs-transmute",
)

safe(
    "rust",
    r"""
#[repr(u8)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opcode {
    Get = 0,
    Put = 1,
    Delete = 2,
}

impl TryFrom<u8> for Opcode {
    type Error = u8;
    fn try_from(b: u8) -> Result<Self, u8> {
        match b {
            0 => Ok(Opcode::Get),
            1 => Ok(Opcode::Put),
            2 => Ok(Opcode::Delete),
            other => Err(other),
        }
    }
}

/// The first byte of every request packet is the opcode.
pub fn decode_opcode(packet: &[u8]) -> Option<Opcode> {
    Opcode::try_from(*packet.first()?).ok()
}
""",
    pair="rs-transmute",
)

vuln(
    "rust",
    "CWE-822",
    r"""
pub struct PeekRequest {
    pub address: usize,
}

/// Debug RPC handler: returns the u32 stored at the address in the request.
pub fn handle_peek(req: &PeekRequest) -> u32 {
    let ptr = req.address as *const u32;
    unsafe { std::ptr::read_volatile(ptr) } @@V@@
}
""",
)

vuln(
    "rust",
    "CWE-89",
    r"""
use rusqlite::Connection;

pub fn delete_note(conn: &Connection, owner: &str, title: &str) -> rusqlite::Result<usize> {
    let sql = format!("DELETE FROM notes WHERE owner = '{}' AND title = '{}'", owner, title); @@V@@
    conn.execute(&sql, [])
}
""",
    pair="rs-sql",
)

safe(
    "rust",
    r"""
use rusqlite::{params, Connection};

pub fn delete_note(conn: &Connection, owner: &str, title: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM notes WHERE owner = ?1 AND title = ?2",
        params![owner, title],
    )
}
""",
    pair="rs-sql",
)

vuln(
    "rust",
    "CWE-78",
    r"""
use std::process::Command;

/// `dir` is chosen by the user in the backup web UI.
pub fn archive_dir(dir: &str, dest: &str) -> std::io::Result<bool> {
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("tar czf {} {}", dest, dir)) @@V@@
        .status()?;
    Ok(status.success())
}
""",
    pair="rs-cmd",
)

safe(
    "rust",
    r"""
use std::process::Command;

/// `dir` is chosen by the user in the backup web UI.
pub fn archive_dir(dir: &str, dest: &str) -> std::io::Result<bool> {
    let status = Command::new("tar")
        .arg("czf")
        .arg(dest)
        .arg("--")
        .arg(dir)
        .status()?;
    Ok(status.success())
}
""",
    pair="rs-cmd",
)

vuln(
    "rust",
    "CWE-22",
    r"""
use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct DownloadParams {
    file: String,
}

pub async fn download(Query(params): Query<DownloadParams>) -> Result<Vec<u8>, StatusCode> {
    let path = format!("./public/reports/{}", params.file); @@V@@
    tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)
}
""",
    pair="rs-path",
)

safe(
    "rust",
    r"""
use axum::{extract::Query, http::StatusCode};
use serde::Deserialize;
use std::path::{Component, Path};

#[derive(Deserialize)]
pub struct DownloadParams {
    file: String,
}

pub async fn download(Query(params): Query<DownloadParams>) -> Result<Vec<u8>, StatusCode> {
    let requested = Path::new(&params.file);
    if !requested.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let path = Path::new("./public/reports").join(requested);
    tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)
}
""",
    pair="rs-path",
)

vuln(
    "rust",
    "CWE-295",
    r"""
use std::time::Duration;

pub fn build_client() -> reqwest::Result<reqwest::Client> {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .danger_accept_invalid_certs(true) @@V@@
        .build()
}
""",
    pair="rs-tls",
)

safe(
    "rust",
    r"""
use std::time::Duration;

pub fn build_client() -> Result<reqwest::Client, Box<dyn std::error::Error>> {
    let pem = std::fs::read("/etc/ssl/certs/internal-ca.pem")?;
    let ca = reqwest::Certificate::from_pem(&pem)?;
    Ok(reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .add_root_certificate(ca)
        .build()?)
}
""",
    pair="rs-tls",
)

vuln(
    "rust",
    "CWE-798",
    r"""
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;

const JWT_SECRET: &[u8] = b"my-super-secret-signing-key-2024"; @@V@@

#[derive(Serialize)]
struct Claims {
    sub: String,
    exp: usize,
}

pub fn issue_token(user_id: &str, exp: usize) -> jsonwebtoken::errors::Result<String> {
    let claims = Claims { sub: user_id.to_owned(), exp };
    encode(&Header::default(), &claims, &EncodingKey::from_secret(JWT_SECRET))
}
""",
    pair="rs-cred",
)

safe(
    "rust",
    r"""
use jsonwebtoken::{encode, EncodingKey, Header};
use serde::Serialize;
use std::sync::OnceLock;

static JWT_KEY: OnceLock<EncodingKey> = OnceLock::new();

#[derive(Serialize)]
struct Claims {
    sub: String,
    exp: usize,
}

pub fn issue_token(user_id: &str, exp: usize) -> jsonwebtoken::errors::Result<String> {
    let key = JWT_KEY.get_or_init(|| {
        let secret = std::env::var("JWT_SECRET").expect("JWT_SECRET must be set");
        EncodingKey::from_secret(secret.as_bytes())
    });
    let claims = Claims { sub: user_id.to_owned(), exp };
    encode(&Header::default(), &claims, key)
}
""",
    pair="rs-cred",
)

vuln(
    "rust",
    "CWE-338",
    r"""
use rand::{rngs::SmallRng, Rng, SeedableRng};
use std::time::{SystemTime, UNIX_EPOCH};

pub fn new_session_id() -> String {
    let seed = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64;
    let mut rng = SmallRng::seed_from_u64(seed); @@V@@
    (0..32).map(|_| format!("{:02x}", rng.gen::<u8>())).collect()
}
""",
    pair="rs-rand",
)

safe(
    "rust",
    r"""
use rand::{rngs::OsRng, RngCore};

pub fn new_session_id() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{:02x}", b)).collect()
}
""",
    pair="rs-rand",
)

vuln(
    "rust",
    "CWE-416",
    r"""
/// Returns the length of the first whitespace-separated word of a request line.
pub fn first_word_len(line: String) -> usize {
    let ptr = line.as_ptr();
    let len = line.len();
    drop(line);
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) }; @@V@@
    bytes.iter().take_while(|b| !b.is_ascii_whitespace()).count()
}
""",
)

vuln(
    "rust",
    "CWE-328",
    r"""
use md5::{Digest, Md5};

pub fn hash_password(password: &str) -> String {
    let digest = Md5::digest(password.as_bytes()); @@V@@
    hex::encode(digest)
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    hash_password(password) == stored
}
""",
    pair="rs-md5",
)

safe(
    "rust",
    r"""
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default().hash_password(password.as_bytes(), &salt)?.to_string())
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}
""",
    pair="rs-md5",
)

vuln(
    "rust",
    "CWE-601",
    r"""
use actix_web::{get, http::header, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct After {
    next: String,
}

#[get("/auth/callback")]
async fn callback(q: web::Query<After>) -> HttpResponse {
    // the session cookie was already set by the auth middleware
    HttpResponse::Found()
        .insert_header((header::LOCATION, q.next.clone())) @@V@@
        .finish()
}
""",
    pair="rs-redirect",
)

safe(
    "rust",
    r"""
use actix_web::{get, http::header, web, HttpResponse};
use serde::Deserialize;

#[derive(Deserialize)]
struct After {
    next: String,
}

fn is_local_path(p: &str) -> bool {
    p.starts_with('/') && !p.starts_with("//") && !p.contains('\\')
}

#[get("/auth/callback")]
async fn callback(q: web::Query<After>) -> HttpResponse {
    // the session cookie was already set by the auth middleware
    let target = if is_local_path(&q.next) { q.next.clone() } else { "/".to_owned() };
    HttpResponse::Found()
        .insert_header((header::LOCATION, target))
        .finish()
}
""",
    pair="rs-redirect",
)

safe(
    "rust",
    r"""
/// Sums `values[i]` for each index in `indices`, skipping out-of-range ones.
pub fn sum_selected(values: &[u64], indices: &[usize]) -> u64 {
    let mut total = 0u64;
    for &i in indices {
        if i >= values.len() {
            continue;
        }
        // SAFETY: `i < values.len()` was checked just above, so the access is in bounds.
        total = total.wrapping_add(unsafe { *values.get_unchecked(i) });
    }
    total
}
""",
)

safe(
    "rust",
    r"""
use md5::{Digest, Md5};

/// Content fingerprint used as an HTTP ETag for static assets
/// (cache validation only, never for authentication or integrity).
pub fn etag_for(body: &[u8]) -> String {
    format!("\"{:x}\"", Md5::digest(body))
}
""",
)

# ---------------------------------------------------------------------------
# C#
# ---------------------------------------------------------------------------

vuln(
    "csharp",
    "CWE-89",
    r"""
using Microsoft.Data.SqlClient;

public Customer? FindCustomer(SqlConnection conn, string lastName)
{
    var cmd = new SqlCommand("SELECT Id, FirstName, LastName FROM Customers WHERE LastName = '" + lastName + "'", conn); @@V@@
    using var reader = cmd.ExecuteReader();
    if (!reader.Read())
        return null;
    return new Customer(reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
}
""",
    pair="cs-sql",
)

safe(
    "csharp",
    r"""
using System.Data;
using Microsoft.Data.SqlClient;

public Customer? FindCustomer(SqlConnection conn, string lastName)
{
    using var cmd = new SqlCommand("SELECT Id, FirstName, LastName FROM Customers WHERE LastName = @lastName", conn);
    cmd.Parameters.Add("@lastName", SqlDbType.NVarChar, 100).Value = lastName;
    using var reader = cmd.ExecuteReader();
    if (!reader.Read())
        return null;
    return new Customer(reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
}
""",
    pair="cs-sql",
)

vuln(
    "csharp",
    "CWE-78",
    r"""
[HttpPost("diagnostics/ping")]
public IActionResult Ping([FromForm] string host)
{
    var psi = new ProcessStartInfo("cmd.exe", "/c ping -n 2 " + host) @@V@@
    {
        RedirectStandardOutput = true,
        UseShellExecute = false
    };
    using var proc = Process.Start(psi)!;
    string output = proc.StandardOutput.ReadToEnd();
    proc.WaitForExit();
    return Content(output, "text/plain");
}
""",
    pair="cs-cmd",
)

safe(
    "csharp",
    r"""
using System.Net.NetworkInformation;

[HttpPost("diagnostics/ping")]
public async Task<IActionResult> Ping([FromForm] string host)
{
    if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
        return BadRequest("invalid host");
    using var ping = new Ping();
    var results = new List<string>();
    for (int i = 0; i < 2; i++)
    {
        PingReply reply = await ping.SendPingAsync(host, 2000);
        results.Add($"{reply.Status} {reply.RoundtripTime} ms");
    }
    return Content(string.Join("\n", results), "text/plain");
}
""",
    pair="cs-cmd",
)

vuln(
    "csharp",
    "CWE-22",
    r"""
[HttpGet("invoices/{fileName}")]
public IActionResult GetInvoice(string fileName)
{
    var fullPath = Path.Combine(_invoiceRoot, fileName); @@V@@
    if (!System.IO.File.Exists(fullPath))
        return NotFound();
    return PhysicalFile(fullPath, "application/pdf");
}
""",
    pair="cs-path",
)

safe(
    "csharp",
    r"""
[HttpGet("invoices/{fileName}")]
public IActionResult GetInvoice(string fileName)
{
    var root = Path.GetFullPath(_invoiceRoot) + Path.DirectorySeparatorChar;
    var fullPath = Path.GetFullPath(Path.Combine(root, fileName));
    if (!fullPath.StartsWith(root, StringComparison.Ordinal))
        return BadRequest();
    if (!System.IO.File.Exists(fullPath))
        return NotFound();
    return PhysicalFile(fullPath, "application/pdf");
}
""",
    pair="cs-path",
)

vuln(
    "csharp",
    "CWE-502",
    r"""
using System.IO;
using System.Runtime.Serialization.Formatters.Binary;

public UserPreferences LoadPreferences(string base64Cookie)
{
    byte[] data = Convert.FromBase64String(base64Cookie);
    using var ms = new MemoryStream(data);
    var formatter = new BinaryFormatter();
    return (UserPreferences)formatter.Deserialize(ms); @@V@@
}
""",
)

vuln(
    "csharp",
    "CWE-611",
    r"""
using System.IO;
using System.Xml;

public string ReadOrderId(Stream uploadedXml)
{
    var doc = new XmlDocument();
    doc.XmlResolver = new XmlUrlResolver(); @@V@@
    doc.Load(uploadedXml);
    return doc.SelectSingleNode("/order/id")?.InnerText ?? string.Empty;
}
""",
)

vuln(
    "csharp",
    "CWE-601",
    r"""
[HttpPost("account/login")]
public async Task<IActionResult> Login(LoginModel model, string returnUrl)
{
    var result = await _signInManager.PasswordSignInAsync(
        model.Email, model.Password, model.RememberMe, lockoutOnFailure: true);
    if (!result.Succeeded)
        return View(model);
    return Redirect(returnUrl); @@V@@
}
""",
    pair="cs-redirect",
)

safe(
    "csharp",
    r"""
[HttpPost("account/login")]
public async Task<IActionResult> Login(LoginModel model, string returnUrl)
{
    var result = await _signInManager.PasswordSignInAsync(
        model.Email, model.Password, model.RememberMe, lockoutOnFailure: true);
    if (!result.Succeeded)
        return View(model);
    if (!Url.IsLocalUrl(returnUrl))
        return RedirectToAction("Index", "Home");
    return LocalRedirect(returnUrl);
}
""",
    pair="cs-redirect",
)

vuln(
    "csharp",
    "CWE-327",
    r"""
using System.Security.Cryptography;

public static byte[] EncryptBackup(byte[] plain, byte[] key, byte[] iv)
{
    using var des = DES.Create(); @@V@@
    des.Key = key;
    des.IV = iv;
    using var enc = des.CreateEncryptor();
    return enc.TransformFinalBlock(plain, 0, plain.Length);
}
""",
    pair="cs-des",
)

safe(
    "csharp",
    r"""
using System.Security.Cryptography;

// Output: 12-byte nonce || 16-byte tag || ciphertext
public static byte[] EncryptBackup(byte[] plain, byte[] key)
{
    byte[] nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
    byte[] tag = new byte[AesGcm.TagByteSizes.MaxSize];
    byte[] cipher = new byte[plain.Length];
    using var aes = new AesGcm(key, tag.Length);
    aes.Encrypt(nonce, plain, cipher, tag);
    return [.. nonce, .. tag, .. cipher];
}
""",
    pair="cs-des",
)

safe(
    "csharp",
    r"""
using Microsoft.Data.SqlClient;

public sealed class AuditRepository
{
    private const string TableName = "dbo.AuditEvents";

    public int CountSince(SqlConnection conn, DateTime since)
    {
        // table name is a compile-time constant; the user value is a parameter
        using var cmd = new SqlCommand($"SELECT COUNT(*) FROM {TableName} WHERE CreatedAt >= @since", conn);
        cmd.Parameters.AddWithValue("@since", since);
        return (int)cmd.ExecuteScalar();
    }
}
""",
)

safe(
    "csharp",
    r"""
using System.IO;
using System.Security.Cryptography;

// Checksum shown next to downloadable build artifacts so mirrors can detect
// corrupted transfers; release signing is handled separately.
public static string ArtifactChecksum(string path)
{
    using var stream = File.OpenRead(path);
    using var md5 = MD5.Create();
    return Convert.ToHexString(md5.ComputeHash(stream)).ToLowerInvariant();
}
""",
)

# ---------------------------------------------------------------------------
# Go
# ---------------------------------------------------------------------------

vuln(
    "go",
    "CWE-89",
    r"""
func getProduct(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Query("sku")
		row := db.QueryRow(fmt.Sprintf("SELECT name, price FROM products WHERE sku = '%s'", sku)) @@V@@
		var name string
		var price float64
		if err := row.Scan(&name, &price); err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"name": name, "price": price})
	}
}
""",
    pair="go-sql",
)

safe(
    "go",
    r"""
func getProduct(db *sql.DB) gin.HandlerFunc {
	return func(c *gin.Context) {
		sku := c.Query("sku")
		row := db.QueryRow("SELECT name, price FROM products WHERE sku = $1", sku)
		var name string
		var price float64
		if err := row.Scan(&name, &price); err != nil {
			c.JSON(http.StatusNotFound, gin.H{"error": "not found"})
			return
		}
		c.JSON(http.StatusOK, gin.H{"name": name, "price": price})
	}
}
""",
    pair="go-sql",
)

vuln(
    "go",
    "CWE-78",
    r"""
func lookupHandler(w http.ResponseWriter, r *http.Request) {
	domain := r.URL.Query().Get("domain")
	out, err := exec.Command("sh", "-c", "nslookup "+domain).CombinedOutput() @@V@@
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write(out)
}
""",
    pair="go-cmd",
)

safe(
    "go",
    r"""
func lookupHandler(w http.ResponseWriter, r *http.Request) {
	domain := r.URL.Query().Get("domain")
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupHost(ctx, domain)
	if err != nil {
		http.Error(w, "lookup failed", http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintln(w, strings.Join(addrs, "\n"))
}
""",
    pair="go-cmd",
)

vuln(
    "go",
    "CWE-22",
    r"""
const attachmentDir = "/var/lib/app/attachments"

func serveAttachment(c *gin.Context) {
	name := c.Query("name")
	c.File(filepath.Join(attachmentDir, name)) @@V@@
}
""",
    pair="go-path",
)

safe(
    "go",
    r"""
const attachmentDir = "/var/lib/app/attachments"

func serveAttachment(c *gin.Context) {
	name := c.Query("name")
	if !filepath.IsLocal(name) {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	c.File(filepath.Join(attachmentDir, name))
}
""",
    pair="go-path",
)

vuln(
    "go",
    "CWE-295",
    r"""
func newUpstreamClient() *http.Client {
	tr := &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, @@V@@
		MaxIdleConns:    20,
		IdleConnTimeout: 90 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: 15 * time.Second}
}
""",
)

vuln(
    "go",
    "CWE-338",
    r"""
package auth

import (
	"math/rand"
	"time"
)

const tokenChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func NewAPIToken() string {
	r := rand.New(rand.NewSource(time.Now().UnixNano())) @@V@@
	b := make([]byte, 40)
	for i := range b {
		b[i] = tokenChars[r.Intn(len(tokenChars))]
	}
	return string(b)
}
""",
    pair="go-rand",
)

safe(
    "go",
    r"""
package auth

import (
	"crypto/rand"
	"encoding/base64"
)

func NewAPIToken() (string, error) {
	b := make([]byte, 30)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
""",
    pair="go-rand",
)

vuln(
    "go",
    "CWE-918",
    r"""
func proxyImage(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	resp, err := http.Get(src) @@V@@
	if err != nil {
		http.Error(w, "fetch failed", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	io.Copy(w, io.LimitReader(resp.Body, 5<<20))
}
""",
)

vuln(
    "go",
    "CWE-79",
    r"""
func greet(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><p>Welcome, %s</p></body></html>", name) @@V@@
}
""",
    pair="go-xss",
)

safe(
    "go",
    r"""
func greet(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<html><body><p>Welcome, %s</p></body></html>", html.EscapeString(name))
}
""",
    pair="go-xss",
)

safe(
    "go",
    r"""
package retry

import (
	"math/rand"
	"time"
)

// Backoff returns the wait before retry number n, with random jitter so that
// many clients do not retry in lockstep. Not security sensitive.
func Backoff(n int) time.Duration {
	base := time.Duration(1<<uint(n)) * 100 * time.Millisecond
	if base > 30*time.Second {
		base = 30 * time.Second
	}
	return base/2 + time.Duration(rand.Int63n(int64(base/2)))
}
""",
)

safe(
    "go",
    r"""
// buildVersion returns the short commit hash of the checked-out source tree.
func buildVersion(repoDir string) (string, error) {
	cmd := exec.Command("git", "rev-parse", "--short", "HEAD")
	cmd.Dir = repoDir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("git rev-parse: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}
""",
)

# ---------------------------------------------------------------------------
# PHP
# ---------------------------------------------------------------------------

vuln(
    "php",
    "CWE-89",
    r"""
<?php
function get_order(mysqli $conn): ?array
{
    $id = $_GET['id'];
    $result = mysqli_query($conn, "SELECT * FROM orders WHERE id = '" . $id . "'"); @@V@@
    return $result ? mysqli_fetch_assoc($result) : null;
}
""",
    pair="php-sql",
)

safe(
    "php",
    r"""
<?php
function get_order(mysqli $conn): ?array
{
    $id = (string) ($_GET['id'] ?? '');
    $stmt = mysqli_prepare($conn, 'SELECT * FROM orders WHERE id = ?');
    mysqli_stmt_bind_param($stmt, 's', $id);
    mysqli_stmt_execute($stmt);
    $row = mysqli_fetch_assoc(mysqli_stmt_get_result($stmt));
    return $row ?: null;
}
""",
    pair="php-sql",
)

vuln(
    "php",
    "CWE-78",
    r"""
<?php
// tools/ping.php - network check page for the support team
$host = $_POST['host'] ?? '';
$output = shell_exec('ping -c 2 ' . $host); @@V@@
echo '<pre>' . htmlspecialchars((string) $output) . '</pre>';
""",
    pair="php-cmd",
)

safe(
    "php",
    r"""
<?php
// tools/ping.php - network check page for the support team
$host = $_POST['host'] ?? '';
if (filter_var($host, FILTER_VALIDATE_IP) === false) {
    http_response_code(400);
    exit('invalid address');
}
$output = shell_exec('ping -c 2 ' . escapeshellarg($host));
echo '<pre>' . htmlspecialchars((string) $output) . '</pre>';
""",
    pair="php-cmd",
)

vuln(
    "php",
    "CWE-98",
    r"""
<?php
// index.php?page=about
$page = $_GET['page'] ?? 'home';
require __DIR__ . '/header.php';
include __DIR__ . '/pages/' . $page . '.php'; @@V@@
require __DIR__ . '/footer.php';
""",
)

vuln(
    "php",
    "CWE-79",
    r"""
<?php
$name = $_GET['name'] ?? 'guest';
?>
<!doctype html>
<html>
<body>
  <h1>Hello, <?= $name ?>!</h1> @@V@@
</body>
</html>
""",
    pair="php-xss",
)

safe(
    "php",
    r"""
<?php
$name = $_GET['name'] ?? 'guest';
?>
<!doctype html>
<html>
<body>
  <h1>Hello, <?= htmlspecialchars($name, ENT_QUOTES, 'UTF-8') ?>!</h1>
</body>
</html>
""",
    pair="php-xss",
)

vuln(
    "php",
    "CWE-502",
    r"""
<?php
function load_cart(): array
{
    if (!isset($_COOKIE['cart'])) {
        return [];
    }
    $cart = unserialize(base64_decode($_COOKIE['cart'])); @@V@@
    return is_array($cart) ? $cart : [];
}
""",
    pair="php-deser",
)

safe(
    "php",
    r"""
<?php
function load_cart(): array
{
    if (!isset($_COOKIE['cart'])) {
        return [];
    }
    $cart = json_decode(base64_decode($_COOKIE['cart']), true, 4);
    return is_array($cart) ? $cart : [];
}
""",
    pair="php-deser",
)

vuln(
    "php",
    "CWE-328",
    r"""
<?php
function register_user(PDO $pdo, string $email, string $password): void
{
    $hash = md5($password); @@V@@
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([$email, $hash]);
}
""",
    pair="php-md5",
)

safe(
    "php",
    r"""
<?php
function register_user(PDO $pdo, string $email, string $password): void
{
    $hash = password_hash($password, PASSWORD_DEFAULT);
    $stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
    $stmt->execute([$email, $hash]);
}
""",
    pair="php-md5",
)

vuln(
    "php",
    "CWE-89",
    r"""
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class UserSearchController extends Controller
{
    public function search(Request $request)
    {
        $email = $request->input('email');
        $users = DB::select("select id, name, email from users where email = '$email'"); @@V@@
        return response()->json($users);
    }
}
""",
    pair="php-laravel",
)

safe(
    "php",
    r"""
<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;

class UserSearchController extends Controller
{
    public function search(Request $request)
    {
        $email = (string) $request->input('email');
        $users = DB::select('select id, name, email from users where email = ?', [$email]);
        return response()->json($users);
    }
}
""",
    pair="php-laravel",
)

safe(
    "php",
    r"""
<?php
// Serves a static asset with an ETag derived from its content (cache validation only).
function send_static(string $path): void
{
    $etag = '"' . md5_file($path) . '"';
    header('ETag: ' . $etag);
    if (($_SERVER['HTTP_IF_NONE_MATCH'] ?? '') === $etag) {
        http_response_code(304);
        return;
    }
    readfile($path);
}
""",
)

# ---------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------

vuln(
    "java",
    "CWE-89",
    r"""
public List<String> findTitles(Connection conn, String author) throws SQLException {
    List<String> titles = new ArrayList<>();
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT title FROM books WHERE author = '" + author + "'")) { @@V@@
        while (rs.next()) {
            titles.add(rs.getString("title"));
        }
    }
    return titles;
}
""",
    pair="java-sql",
)

safe(
    "java",
    r"""
public List<String> findTitles(Connection conn, String author) throws SQLException {
    List<String> titles = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT title FROM books WHERE author = ?")) {
        ps.setString(1, author);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString("title"));
            }
        }
    }
    return titles;
}
""",
    pair="java-sql",
)

vuln(
    "java",
    "CWE-78",
    r"""
public void convertToPdf(String docName) throws IOException, InterruptedException {
    String cmd = "libreoffice --headless --convert-to pdf --outdir /srv/pdf /srv/docs/" + docName;
    Process p = Runtime.getRuntime().exec(new String[] {"/bin/sh", "-c", cmd}); @@V@@
    if (p.waitFor() != 0) {
        throw new IOException("conversion failed for " + docName);
    }
}
""",
    pair="java-cmd",
)

safe(
    "java",
    r"""
private static final Pattern DOC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,100}\\.(docx|odt)");

public void convertToPdf(String docName) throws IOException, InterruptedException {
    if (!DOC_NAME.matcher(docName).matches()) {
        throw new IllegalArgumentException("bad document name");
    }
    Process p = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf",
            "--outdir", "/srv/pdf", "/srv/docs/" + docName)
            .redirectErrorStream(true)
            .start();
    if (p.waitFor() != 0) {
        throw new IOException("conversion failed for " + docName);
    }
}
""",
    pair="java-cmd",
)

vuln(
    "java",
    "CWE-611",
    r"""
// Parses plugin descriptors uploaded through the admin console.
public Document parseDescriptor(InputStream in) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance(); @@V@@
    DocumentBuilder db = dbf.newDocumentBuilder();
    return db.parse(in);
}
""",
    pair="java-xxe",
)

safe(
    "java",
    r"""
// Parses plugin descriptors uploaded through the admin console.
public Document parseDescriptor(InputStream in) throws Exception {
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    dbf.setFeature("http://xml.org/sax/features/external-general-entities", false);
    dbf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    dbf.setXIncludeAware(false);
    dbf.setExpandEntityReferences(false);
    DocumentBuilder db = dbf.newDocumentBuilder();
    return db.parse(in);
}
""",
    pair="java-xxe",
)

vuln(
    "java",
    "CWE-502",
    r"""
@PostMapping("/api/import")
public ResponseEntity<String> importSettings(HttpServletRequest request) throws Exception {
    try (ObjectInputStream ois = new ObjectInputStream(request.getInputStream())) {
        Settings settings = (Settings) ois.readObject(); @@V@@
        settingsService.apply(settings);
    }
    return ResponseEntity.ok("imported");
}
""",
)

vuln(
    "java",
    "CWE-22",
    r"""
@GetMapping("/avatars")
public ResponseEntity<Resource> avatar(@RequestParam String file) {
    File target = new File(AVATAR_DIR, file); @@V@@
    if (!target.exists()) {
        return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
            .contentType(MediaType.IMAGE_PNG)
            .body(new FileSystemResource(target));
}
""",
    pair="java-path",
)

safe(
    "java",
    r"""
@GetMapping("/avatars")
public ResponseEntity<Resource> avatar(@RequestParam String file) {
    Path root = Paths.get(AVATAR_DIR).toAbsolutePath().normalize();
    Path target = root.resolve(file).normalize();
    if (!target.startsWith(root) || !Files.isRegularFile(target)) {
        return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
            .contentType(MediaType.IMAGE_PNG)
            .body(new FileSystemResource(target));
}
""",
    pair="java-path",
)

vuln(
    "java",
    "CWE-327",
    r"""
public static byte[] encryptLegacy(byte[] data, byte[] keyBytes) throws GeneralSecurityException {
    SecretKeySpec key = new SecretKeySpec(keyBytes, 0, 8, "DES");
    Cipher cipher = Cipher.getInstance("DES/ECB/PKCS5Padding"); @@V@@
    cipher.init(Cipher.ENCRYPT_MODE, key);
    return cipher.doFinal(data);
}
""",
)

vuln(
    "java",
    "CWE-329",
    r"""
public static String encryptToken(String token, SecretKey key) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(new byte[16])); @@V@@
    byte[] ct = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(ct);
}
""",
    pair="java-iv",
)

safe(
    "java",
    r"""
private static final SecureRandom RNG = new SecureRandom();

public static String encryptToken(String token, SecretKey key) throws GeneralSecurityException {
    byte[] iv = new byte[12];
    RNG.nextBytes(iv);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
    byte[] ct = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
    byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
    return Base64.getEncoder().encodeToString(out);
}
""",
    pair="java-iv",
)

safe(
    "java",
    r"""
private static final Map<String, String> SORT_COLUMNS = Map.of(
        "name", "last_name, first_name",
        "joined", "created_at",
        "email", "email");

public List<Member> listMembers(Connection conn, String sortKey) throws SQLException {
    String orderBy = SORT_COLUMNS.getOrDefault(sortKey, "created_at");
    String sql = "SELECT id, first_name, last_name, email FROM members ORDER BY " + orderBy;
    try (PreparedStatement ps = conn.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
        List<Member> out = new ArrayList<>();
        while (rs.next()) {
            out.add(Member.from(rs));
        }
        return out;
    }
}
""",
)

safe(
    "java",
    r"""
// Reports the commit the service was built from on the /version endpoint.
public static String gitRevision(File repoDir) throws IOException, InterruptedException {
    Process p = Runtime.getRuntime().exec(new String[] {"git", "rev-parse", "HEAD"}, null, repoDir);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
        String rev = r.readLine();
        p.waitFor();
        return rev == null ? "unknown" : rev.trim();
    }
}
""",
)

# ---------------------------------------------------------------------------
# JavaScript
# ---------------------------------------------------------------------------

vuln(
    "javascript",
    "CWE-89",
    r"""
app.get("/api/users/:id", (req, res) => {
  const sql = "SELECT id, name, email FROM users WHERE id = " + req.params.id; @@V@@
  connection.query(sql, (err, rows) => {
    if (err) return res.status(500).json({ error: "db error" });
    res.json(rows[0] || null);
  });
});
""",
    pair="js-sql",
)

safe(
    "javascript",
    r"""
app.get("/api/users/:id", (req, res) => {
  const sql = "SELECT id, name, email FROM users WHERE id = ?";
  connection.query(sql, [req.params.id], (err, rows) => {
    if (err) return res.status(500).json({ error: "db error" });
    res.json(rows[0] || null);
  });
});
""",
    pair="js-sql",
)

vuln(
    "javascript",
    "CWE-79",
    r"""
// Show a welcome banner using the name from the URL fragment, e.g. /#Alice
window.addEventListener("DOMContentLoaded", () => {
  const name = decodeURIComponent(location.hash.slice(1));
  document.getElementById("banner").innerHTML = "Welcome, " + name + "!"; @@V@@
});
""",
    pair="js-dom",
)

safe(
    "javascript",
    r"""
// Show a welcome banner using the name from the URL fragment, e.g. /#Alice
window.addEventListener("DOMContentLoaded", () => {
  const name = decodeURIComponent(location.hash.slice(1));
  document.getElementById("banner").textContent = "Welcome, " + name + "!";
});
""",
    pair="js-dom",
)

vuln(
    "javascript",
    "CWE-95",
    r"""
// POST /api/reports/filter  body: { filter: "row.status === 'open' && row.age > 3" }
app.post("/api/reports/filter", (req, res) => {
  const predicate = new Function("row", "return (" + req.body.filter + ");"); @@V@@
  const rows = loadReportRows().filter((r) => predicate(r));
  res.json(rows);
});
""",
)

vuln(
    "javascript",
    "CWE-1321",
    r"""
// PATCH /api/prefs  body: { section: "ui", key: "theme", value: "dark" }
const prefs = {};

app.patch("/api/prefs", (req, res) => {
  const { section, key, value } = req.body;
  if (!prefs[section]) prefs[section] = {};
  prefs[section][key] = value; @@V@@
  res.json(prefs);
});
""",
    pair="js-proto",
)

safe(
    "javascript",
    r"""
// PATCH /api/prefs  body: { section: "ui", key: "theme", value: "dark" }
const ALLOWED = { ui: ["theme", "density"], notifications: ["email", "push"] };
const prefs = new Map();

app.patch("/api/prefs", (req, res) => {
  const { section, key, value } = req.body;
  if (!Object.hasOwn(ALLOWED, section) || !ALLOWED[section].includes(key)) {
    return res.status(400).json({ error: "unknown preference" });
  }
  if (!prefs.has(section)) prefs.set(section, new Map());
  prefs.get(section).set(key, value);
  res.json(Object.fromEntries([...prefs].map(([s, m]) => [s, Object.fromEntries(m)])));
});
""",
    pair="js-proto",
)

vuln(
    "javascript",
    "CWE-78",
    r"""
const { exec } = require("child_process");

function branchLog(branch, cb) {
  exec(`git log --oneline -n 20 ${branch}`, { cwd: "/srv/repo" }, (err, stdout) => { @@V@@
    if (err) return cb(err);
    cb(null, stdout.split("\n"));
  });
}

module.exports = { branchLog };
""",
    pair="js-exec",
)

safe(
    "javascript",
    r"""
const { execFile } = require("child_process");

const BRANCH_RE = /^[A-Za-z0-9._\/-]{1,100}$/;

function branchLog(branch, cb) {
  if (!BRANCH_RE.test(branch) || branch.startsWith("-")) {
    return cb(new Error("invalid branch name"));
  }
  execFile("git", ["log", "--oneline", "-n", "20", branch], { cwd: "/srv/repo" }, (err, stdout) => {
    if (err) return cb(err);
    cb(null, stdout.split("\n"));
  });
}

module.exports = { branchLog };
""",
    pair="js-exec",
)

vuln(
    "javascript",
    "CWE-942",
    r"""
app.use((req, res, next) => {
  res.setHeader("Access-Control-Allow-Origin", req.headers.origin || "*"); @@V@@
  res.setHeader("Access-Control-Allow-Credentials", "true");
  res.setHeader("Access-Control-Allow-Methods", "GET,POST,PUT,DELETE");
  res.setHeader("Vary", "Origin");
  next();
});
""",
)

vuln(
    "javascript",
    "CWE-347",
    r"""
const crypto = require("crypto");

function verifyToken(token, secret) {
  const [h, p, sig = ""] = token.split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString());
  const payload = JSON.parse(Buffer.from(p, "base64url").toString());
  if (header.alg === "none") return payload; @@V@@
  const expected = crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, "base64url");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? payload : null;
}
""",
    pair="js-jwt",
)

safe(
    "javascript",
    r"""
const crypto = require("crypto");

function verifyToken(token, secret) {
  const [h, p, sig = ""] = token.split(".");
  const header = JSON.parse(Buffer.from(h, "base64url").toString());
  if (header.alg !== "HS256") return null;
  const expected = crypto.createHmac("sha256", secret).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  const payload = JSON.parse(Buffer.from(p, "base64url").toString());
  if (typeof payload.exp !== "number" || payload.exp * 1000 < Date.now()) return null;
  return payload;
}
""",
    pair="js-jwt",
)

safe(
    "javascript",
    r"""
const { exec } = require("child_process");

// Prints the current commit on startup; the command string is a constant.
exec("git rev-parse --short HEAD", { cwd: __dirname }, (err, stdout) => {
  if (err) {
    console.warn("could not determine revision");
    return;
  }
  console.log(`starting build ${stdout.trim()}`);
});
""",
)

safe(
    "javascript",
    r"""
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");

// Cache-busting file names for the static bundle: app.3f9c2a1b.js
function fingerprintAsset(file) {
  const hash = crypto.createHash("md5").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
  const { dir, name, ext } = path.parse(file);
  return path.join(dir, `${name}.${hash}${ext}`);
}

module.exports = { fingerprintAsset };
""",
)

# ---------------------------------------------------------------------------
# Ruby
# ---------------------------------------------------------------------------

vuln(
    "ruby",
    "CWE-89",
    r"""
class UsersController < ApplicationController
  def search
    @users = User.where("name LIKE '%#{params[:q]}%'").limit(50) @@V@@
    render json: @users.as_json(only: [:id, :name])
  end
end
""",
    pair="rb-sql",
)

safe(
    "ruby",
    r"""
class UsersController < ApplicationController
  def search
    pattern = "%#{User.sanitize_sql_like(params[:q].to_s)}%"
    @users = User.where("name LIKE ?", pattern).limit(50)
    render json: @users.as_json(only: [:id, :name])
  end
end
""",
    pair="rb-sql",
)

vuln(
    "ruby",
    "CWE-78",
    r"""
def make_thumbnail(upload_path)
  thumb = upload_path.sub(/\.\w+\z/, "_thumb.png")
  `convert #{upload_path} -resize 150x150 #{thumb}` @@V@@
  raise "convert failed" unless $?.success?
  thumb
end
""",
    pair="rb-cmd",
)

safe(
    "ruby",
    r"""
require "open3"

def make_thumbnail(upload_path)
  raise ArgumentError, "bad path" if upload_path.start_with?("-")
  thumb = upload_path.sub(/\.\w+\z/, "_thumb.png")
  _out, status = Open3.capture2e("convert", upload_path, "-resize", "150x150", thumb)
  raise "convert failed" unless status.success?
  thumb
end
""",
    pair="rb-cmd",
)

vuln(
    "ruby",
    "CWE-502",
    r"""
require "base64"

class CartsController < ApplicationController
  def show
    raw = cookies[:cart]
    @cart = raw ? Marshal.load(Base64.decode64(raw)) : Cart.new @@V@@
  end
end
""",
    pair="rb-deser",
)

safe(
    "ruby",
    r"""
require "base64"
require "json"

class CartsController < ApplicationController
  def show
    raw = cookies[:cart]
    items = raw ? JSON.parse(Base64.decode64(raw)) : []
    @cart = Cart.from_items(Array(items))
  rescue JSON::ParserError
    @cart = Cart.new
  end
end
""",
    pair="rb-deser",
)

vuln(
    "ruby",
    "CWE-601",
    r"""
class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      session[:user_id] = user.id
      redirect_to params[:return_to] || root_path, allow_other_host: true @@V@@
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
""",
    pair="rb-redirect",
)

safe(
    "ruby",
    r"""
class SessionsController < ApplicationController
  def create
    user = User.find_by(email: params[:email])
    if user&.authenticate(params[:password])
      session[:user_id] = user.id
      target = params[:return_to].to_s
      target = root_path unless target.start_with?("/") && !target.start_with?("//")
      redirect_to target
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end
end
""",
    pair="rb-redirect",
)

vuln(
    "ruby",
    "CWE-79",
    r"""
module CommentsHelper
  def render_comment(comment)
    "<div class=\"comment\"><b>#{comment.author}</b>: #{comment.body}</div>".html_safe @@V@@
  end
end
""",
    pair="rb-xss",
)

safe(
    "ruby",
    r"""
module CommentsHelper
  def render_comment(comment)
    content_tag(:div, class: "comment") do
      safe_join([content_tag(:b, comment.author), ": ", comment.body])
    end
  end
end
""",
    pair="rb-xss",
)

vuln(
    "ruby",
    "CWE-22",
    r"""
class DownloadsController < ApplicationController
  before_action :authenticate_user!

  def show
    send_file Rails.root.join("storage", "exports", params[:filename]), disposition: "attachment" @@V@@
  end
end
""",
)

vuln(
    "ruby",
    "CWE-470",
    r"""
class ReportsController < ApplicationController
  before_action :authenticate_user!

  def run
    report = ReportBuilder.new(current_user)
    result = report.send(params[:report_type]) @@V@@
    render json: result
  end
end
""",
)

safe(
    "ruby",
    r"""
# Pulls the latest deploy branch; arguments are passed as an array, no shell.
def update_checkout(dir)
  Dir.chdir(dir) do
    system("git", "fetch", "--prune", "origin", exception: true)
    system("git", "reset", "--hard", "origin/main", exception: true)
  end
end
""",
)

safe(
    "ruby",
    r"""
class AuditEventsController < ApplicationController
  def index
    since = params[:days].to_i.clamp(1, 90).days.ago
    @events = AuditEvent.where("created_at > ? AND account_id = ?", since, current_account.id)
                        .order(created_at: :desc)
    render json: @events
  end
end
""",
)

# ---------------------------------------------------------------------------
# SQL
# ---------------------------------------------------------------------------

vuln(
    "sql",
    "CWE-89",
    r"""
CREATE PROCEDURE dbo.SearchProducts
    @Category NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);
    SET @sql = N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = ''' + @Category + N''''; @@V@@
    EXEC (@sql);
END;
""",
    pair="sql-tsql",
)

safe(
    "sql",
    r"""
CREATE PROCEDURE dbo.SearchProducts
    @Category NVARCHAR(100)
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX);
    SET @sql = N'SELECT ProductId, Name, Price FROM dbo.Products WHERE Category = @cat';
    EXEC sys.sp_executesql @sql, N'@cat NVARCHAR(100)', @cat = @Category;
END;
""",
    pair="sql-tsql",
)

vuln(
    "sql",
    "CWE-89",
    r"""
CREATE OR REPLACE FUNCTION count_events(p_kind text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM events WHERE kind = ''' || p_kind || '''' INTO n; @@V@@
    RETURN n;
END;
$$;
""",
    pair="sql-plpgsql",
)

safe(
    "sql",
    r"""
CREATE OR REPLACE FUNCTION count_events(p_kind text)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM events WHERE kind = $1' INTO n USING p_kind;
    RETURN n;
END;
$$;
""",
    pair="sql-plpgsql",
)

vuln(
    "sql",
    "CWE-89",
    r"""
DELIMITER //
CREATE PROCEDURE list_customers(IN sort_col VARCHAR(64))
BEGIN
    SET @q = CONCAT('SELECT id, name, city FROM customers ORDER BY ', sort_col); @@V@@
    PREPARE stmt FROM @q;
    EXECUTE stmt;
    DEALLOCATE PREPARE stmt;
END //
DELIMITER ;
""",
    pair="sql-mysql",
)

safe(
    "sql",
    r"""
DELIMITER //
CREATE PROCEDURE list_customers(IN sort_col VARCHAR(64))
BEGIN
    SELECT id, name, city
    FROM customers
    ORDER BY
        CASE WHEN sort_col = 'name' THEN name END,
        CASE WHEN sort_col = 'city' THEN city END,
        id;
END //
DELIMITER ;
""",
    pair="sql-mysql",
)

vuln(
    "sql",
    "CWE-798",
    r"""
-- V12__create_reporting_user.sql
CREATE USER 'reporting'@'10.20.%' IDENTIFIED BY 'Rep0rt!ng2024'; @@V@@
GRANT SELECT ON analytics.* TO 'reporting'@'10.20.%';
FLUSH PRIVILEGES;
""",
)

vuln(
    "sql",
    "CWE-250",
    r"""
-- provision the login role used by the orders service (client-cert auth via pg_hba)
CREATE ROLE orders_app LOGIN;
GRANT CONNECT ON DATABASE shop TO orders_app;
GRANT USAGE ON SCHEMA public TO orders_app;
ALTER ROLE orders_app WITH SUPERUSER; @@V@@
""",
    pair="sql-priv",
)

safe(
    "sql",
    r"""
-- provision the login role used by the orders service (client-cert auth via pg_hba)
CREATE ROLE orders_app LOGIN;
GRANT CONNECT ON DATABASE shop TO orders_app;
GRANT USAGE ON SCHEMA public TO orders_app;
GRANT SELECT, INSERT, UPDATE ON public.orders, public.order_items TO orders_app;
GRANT USAGE ON SEQUENCE public.orders_id_seq TO orders_app;
""",
    pair="sql-priv",
)

vuln(
    "sql",
    "CWE-328",
    r"""
CREATE OR REPLACE FUNCTION set_user_password(p_user_id integer, p_password text)
RETURNS void
LANGUAGE sql
AS $$
    UPDATE users SET password_hash = md5(p_password) WHERE id = p_user_id; @@V@@
$$;
""",
    pair="sql-md5",
)

safe(
    "sql",
    r"""
-- requires: CREATE EXTENSION pgcrypto;
CREATE OR REPLACE FUNCTION set_user_password(p_user_id integer, p_password text)
RETURNS void
LANGUAGE sql
AS $$
    UPDATE users SET password_hash = crypt(p_password, gen_salt('bf', 12)) WHERE id = p_user_id;
$$;
""",
    pair="sql-md5",
)

vuln(
    "sql",
    "CWE-256",
    r"""
DELIMITER //
CREATE PROCEDURE register_member(IN p_email VARCHAR(255), IN p_password VARCHAR(255))
BEGIN
    INSERT INTO members (email, password, created_at)
    VALUES (p_email, p_password, NOW()); @@V@@
END //
DELIMITER ;
""",
)

safe(
    "sql",
    r"""
CREATE OR REPLACE FUNCTION purge_old_rows(p_table text, p_days integer)
RETURNS bigint
LANGUAGE plpgsql
AS $$
DECLARE
    n bigint;
BEGIN
    IF p_table NOT IN ('audit_log', 'sessions', 'job_runs') THEN
        RAISE EXCEPTION 'table % is not purgeable', p_table;
    END IF;
    EXECUTE format('DELETE FROM %I WHERE created_at < now() - make_interval(days => $1)', p_table)
    USING p_days;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END;
$$;
""",
)

safe(
    "sql",
    r"""
-- detect duplicate imported rows by content fingerprint (not a security control)
SELECT md5(concat_ws('|', source, external_id, amount::text, booked_on::text)) AS row_fingerprint,
       count(*) AS copies
FROM staging_transactions
GROUP BY 1
HAVING count(*) > 1;
""",
)

# ---------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------

vuln(
    "python",
    "CWE-89",
    r"""
import sqlite3


def get_user(db_path, username):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.cursor()
        cur.execute(f"SELECT id, email, role FROM users WHERE username = '{username}'") @@V@@
        return cur.fetchone()
    finally:
        conn.close()
""",
    pair="py-sql",
)

safe(
    "python",
    r"""
import sqlite3


def get_user(db_path, username):
    conn = sqlite3.connect(db_path)
    try:
        cur = conn.cursor()
        cur.execute("SELECT id, email, role FROM users WHERE username = ?", (username,))
        return cur.fetchone()
    finally:
        conn.close()
""",
    pair="py-sql",
)

vuln(
    "python",
    "CWE-78",
    r"""
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    result = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True) @@V@@
    return {"ok": result.returncode == 0, "output": result.stdout}
""",
    pair="py-cmd",
)

safe(
    "python",
    r"""
import ipaddress
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/ping")
def ping():
    try:
        host = str(ipaddress.ip_address(request.args.get("host", "")))
    except ValueError:
        abort(400)
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True, timeout=10)
    return {"ok": result.returncode == 0, "output": result.stdout}
""",
    pair="py-cmd",
)

vuln(
    "python",
    "CWE-502",
    r"""
import pickle
from queue import Queue

from flask import Flask, request

app = Flask(__name__)
jobs = Queue()


@app.post("/api/jobs")
def submit_job():
    job = pickle.loads(request.get_data()) @@V@@
    jobs.put(job)
    return {"queued": True}, 202
""",
)

vuln(
    "python",
    "CWE-22",
    r"""
import os

from flask import Flask, abort, request, send_file

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/reports")
def download_report():
    name = request.args.get("name", "")
    path = os.path.join(REPORT_DIR, name) @@V@@
    if not os.path.isfile(path):
        abort(404)
    return send_file(path)
""",
    pair="py-path",
)

safe(
    "python",
    r"""
from flask import Flask, request, send_from_directory

app = Flask(__name__)
REPORT_DIR = "/srv/reports"


@app.route("/reports")
def download_report():
    name = request.args.get("name", "")
    # send_from_directory uses safe_join and returns 404 for paths outside REPORT_DIR
    return send_from_directory(REPORT_DIR, name)
""",
    pair="py-path",
)

vuln(
    "python",
    "CWE-918",
    r"""
import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch-metadata")
def fetch_metadata(url: str):
    resp = requests.get(url, timeout=5) @@V@@
    return {"status": resp.status_code, "length": len(resp.content)}
""",
)

vuln(
    "python",
    "CWE-295",
    r"""
import requests


def get_inventory(api_base, token):
    resp = requests.get(
        f"{api_base}/inventory",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
        verify=False, @@V@@
    )
    resp.raise_for_status()
    return resp.json()
""",
    pair="py-tls",
)

safe(
    "python",
    r"""
import requests

INTERNAL_CA = "/etc/ssl/certs/internal-ca.pem"


def get_inventory(api_base, token):
    resp = requests.get(
        f"{api_base}/inventory",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
        verify=INTERNAL_CA,
    )
    resp.raise_for_status()
    return resp.json()
""",
    pair="py-tls",
)

vuln(
    "python",
    "CWE-338",
    r"""
import random
import string


def make_password_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length)) @@V@@
""",
    pair="py-rand",
)

safe(
    "python",
    r"""
import secrets
import string


def make_password_reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
""",
    pair="py-rand",
)

safe(
    "python",
    r"""
import hashlib


def file_checksum(path, chunk_size=1 << 16):
    # integrity check against accidental corruption in the download cache only
    h = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(chunk_size), b""):
            h.update(chunk)
    return h.hexdigest()
""",
)

safe(
    "python",
    r"""
import subprocess


def working_tree_dirty(repo_dir):
    out = subprocess.run(
        ["git", "status", "--porcelain"],
        cwd=repo_dir,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return bool(out.strip())
""",
)


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------


def build():
    counters = {}
    rows = []
    keys = {}
    for label, lang, cwe, key, raw in ROWS:
        if lang not in LANGS:
            raise SystemExit(f"unknown language {lang!r}")
        counters[lang] = counters.get(lang, 0) + 1
        rid = f"d2-{lang}-{counters[lang]:03d}"
        lines = [ln.rstrip() for ln in raw.strip("\n").split("\n")]
        marked = [i for i, ln in enumerate(lines) if MARK in ln]
        line_no = None
        if label == "insecure":
            if len(marked) != 1:
                raise SystemExit(f"{rid}: expected exactly one {MARK} marker, found {len(marked)}")
            if not (cwe and re.fullmatch(r"CWE-\d+", cwe)):
                raise SystemExit(f"{rid}: bad CWE {cwe!r}")
            i = marked[0]
            lines[i] = lines[i].replace(MARK, "").rstrip()
            line_no = i + 1
        elif marked:
            raise SystemExit(f"{rid}: safe snippet carries a {MARK} marker")
        code = "\n".join(lines) + "\n"
        rows.append(
            {
                "id": rid,
                "language": lang,
                "label": label,
                "cwe": cwe if label == "insecure" else None,
                "line": line_no,
                "code": code,
                "pair": None,
            }
        )
        if key is not None:
            keys.setdefault(key, []).append(len(rows) - 1)

    for key, idx in keys.items():
        if len(idx) != 2:
            raise SystemExit(f"pair key {key!r} used {len(idx)} times")
        a, b = (rows[i] for i in idx)
        if {a["label"], b["label"]} != {"insecure", "safe"} or a["language"] != b["language"]:
            raise SystemExit(
                f"pair key {key!r} must join one insecure and one safe row of one language"
            )
        a["pair"], b["pair"] = b["id"], a["id"]
    return rows


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "snippets_dev2.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
