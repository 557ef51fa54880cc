#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace onboarder::sandbox {

// A hash map from strings to small values with open addressing (linear probing) and the hash kept in the slot: a
// lookup reads one slot, and the key only when the hashes match. std::unordered_map reaches a key through the
// bucket array, the node before it and the node itself, three cache misses in a table of 20,000 IDs; seeding
// large:20000 spent an eighth of its time there. Key is std::string (owned) or std::string_view (the caller keeps
// the text alive and unchanged while it is in the map).
template <typename Key, typename Value>
class FlatStringMap
{
public:
    Value* find(std::string_view key)
    {
        if (m_slots.empty()) {
            return nullptr;
        }
        Slot& slot = m_slots[probe(key, hashOf(key))];
        return slot.hash != 0 ? &slot.value : nullptr;
    }

    const Value* find(std::string_view key) const
    {
        return const_cast<FlatStringMap*>(this)->find(key);
    }

    // Inserts, or assigns when the key is present.
    void set(Key key, Value value)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3) {
            rehash(std::max<std::size_t>(16, m_slots.size() * 2));
        }
        const std::size_t hash = hashOf(key);
        Slot& slot = m_slots[probe(key, hash)];
        if (slot.hash == 0) {
            slot.hash = hash;
            slot.key = std::move(key);
            ++m_size;
        }
        slot.value = std::move(value);
    }

    bool erase(std::string_view key)
    {
        if (m_slots.empty()) {
            return false;
        }
        const std::size_t mask = m_slots.size() - 1;
        std::size_t hole = probe(key, hashOf(key));
        if (m_slots[hole].hash == 0) {
            return false;
        }
        // Backward-shift deletion: move later members of the probe run into the hole while their home slot allows,
        // so lookups never need tombstones.
        for (std::size_t next = (hole + 1) & mask; m_slots[next].hash != 0; next = (next + 1) & mask) {
            const std::size_t home = m_slots[next].hash & mask;
            const bool movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
            if (movable) {
                m_slots[hole] = std::move(m_slots[next]);
                hole = next;
            }
        }
        m_slots[hole] = Slot {};
        --m_size;
        return true;
    }

    std::size_t size() const
    {
        return m_size;
    }

    // Room for this many keys without growing.
    void reserve(std::size_t count)
    {
        std::size_t capacity = 16;
        while (capacity * 3 < count * 4) {
            capacity *= 2;
        }
        if (capacity > m_slots.size()) {
            rehash(capacity);
        }
    }

private:
    struct Slot
    {
        std::size_t hash = 0; // 0: empty
        Key key {};
        Value value {};
    };

    static std::size_t hashOf(std::string_view key)
    {
        return std::hash<std::string_view> {}(key) | 1;
    }

    // The slot holding key, or the empty slot where it would go. Needs at least one empty slot.
    std::size_t probe(std::string_view key, std::size_t hash) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t at = hash & mask;
        while (m_slots[at].hash != 0 && (m_slots[at].hash != hash || std::string_view(m_slots[at].key) != key)) {
            at = (at + 1) & mask;
        }
        return at;
    }

    void rehash(std::size_t capacity) // a power of two
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        const std::size_t mask = capacity - 1;
        for (Slot& slot : old) {
            if (slot.hash == 0) {
                continue;
            }
            std::size_t at = slot.hash & mask;
            while (m_slots[at].hash != 0) {
                at = (at + 1) & mask;
            }
            m_slots[at] = std::move(slot);
        }
    }

    // Empty, or a power of two with at least a quarter of them empty: runs stay short (about two slots for a
    // lookup at the fullest), and the slots of 20,000 IDs take 1 MiB rather than 2.
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace onboarder::sandbox
