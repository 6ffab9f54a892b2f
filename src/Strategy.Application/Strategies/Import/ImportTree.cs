using Strategy.Application.Strategies.Format;
using Strategy.Domain.Common;

namespace Strategy.Application.Strategies.Import;

/// <summary>
/// The tree of an import once the preview's corrections are applied: every element read, in the
/// order of the corrected tree, with where it now stands, and the model it makes without the
/// elements left out.
/// </summary>
/// <param name="Nodes">Every element read, left-out ones included, parents before their children.</param>
/// <param name="Depth">How many levels the corrected tree uses.</param>
/// <param name="ReadDepth">How many levels the tree as read used.</param>
public sealed record ImportTree(StrategyModel Model, IReadOnlyList<ImportTree.Node> Nodes, int Depth, int ReadDepth)
{
    /// <param name="Position">The element's position in the tree as read: its name in the corrections.</param>
    /// <param name="Parent">The position of the element it stands under now; <see cref="ImportCorrections.TopLevel"/> at the top.</param>
    /// <param name="Element">The element as corrected, without its children.</param>
    /// <param name="Read">The element as read.</param>
    public sealed record Node(int Position, int Parent, int Depth, ElementModel Element, ElementModel Read, bool Excluded);

    internal static ImportTree Arrange(StrategyModel model, ImportCorrections corrections)
    {
        var read = new List<(ElementModel Element, int Parent)>();
        var readDepth = 0;
        void Flatten(IReadOnlyList<ElementModel>? elements, int parent, int depth)
        {
            foreach (var e in elements ?? [])
            {
                var position = read.Count;
                read.Add((e, parent));
                readDepth = Math.Max(readDepth, depth);
                Flatten(e.Children, position, depth + 1);
            }
        }

        Flatten(model.Elements, ImportCorrections.TopLevel, 1);
        var places = new Placement(read, corrections);
        for (var position = 0; position < read.Count; position++)
        {
            places.DepthOf(position); // a move in a circle leaves elements under no root: refused here, not lost
        }

        var childrenOf = Enumerable.Range(0, read.Count).ToLookup(places.ParentOf);
        var nodes = new List<Node>();
        IReadOnlyList<ElementModel> Build(int parent, bool excluded)
        {
            var kept = new List<ElementModel>();
            foreach (var position in childrenOf[parent].Order())
            {
                var (element, _) = read[position];
                var isExcluded = excluded || corrections.Excluded?.Contains(position) == true;
                var corrected = corrections.Correct(position, element);
                nodes.Add(new Node(position, parent, places.DepthOf(position), corrected, element, isExcluded));
                var children = Build(position, isExcluded);
                if (!isExcluded)
                {
                    kept.Add(corrected with { Children = children.Count == 0 && element.Children is null ? null : children });
                }
            }

            return kept;
        }

        var roots = Build(ImportCorrections.TopLevel, false);
        var depth = nodes.Where(n => !n.Excluded).Select(n => n.Depth).DefaultIfEmpty(0).Max();
        return new ImportTree(model with { Elements = roots }, nodes, depth, readDepth);
    }

    /// <summary>Where each element stands after the moves: computed on demand, a move that would put an element under itself refused.</summary>
    private sealed class Placement(List<(ElementModel Element, int Parent)> read, ImportCorrections corrections)
    {
        private readonly int?[] _parents = new int?[read.Count];
        private readonly int?[] _depths = new int?[read.Count];
        private readonly bool[] _resolving = new bool[read.Count];
        private readonly bool[] _measuring = new bool[read.Count];

        public int ParentOf(int position)
        {
            if (_parents[position] is { } known)
            {
                return known;
            }

            Enter(_resolving, position);
            var parent = read[position].Parent;
            if (corrections.Parents?.TryGetValue(position, out var moved) == true)
            {
                if (moved != ImportCorrections.TopLevel && (moved < 0 || moved >= read.Count || moved == position))
                {
                    throw new DomainException($"Element {Code(position)} nie może trafić pod element, którego nie ma w podglądzie.");
                }

                parent = moved;
            }

            if (corrections.ElementLevels?.TryGetValue(position, out var level) == true && level != LevelUnder(parent))
            {
                parent = UnderLevel(position, level);
            }

            _resolving[position] = false;
            _parents[position] = parent;
            return parent;
        }

        public int DepthOf(int position)
        {
            if (_depths[position] is { } known)
            {
                return known;
            }

            Enter(_measuring, position);
            var depth = LevelUnder(ParentOf(position));
            _measuring[position] = false;
            _depths[position] = depth;
            return depth;
        }

        private int LevelUnder(int parent) => parent == ImportCorrections.TopLevel ? 1 : DepthOf(parent) + 1;

        /// <summary>An element put on a level goes under the nearest element above it one level up.</summary>
        private int UnderLevel(int position, int level)
        {
            if (level < 1)
            {
                throw new DomainException($"Poziom elementu {Code(position)} musi być liczbą od 1.");
            }

            if (level == 1)
            {
                return ImportCorrections.TopLevel;
            }

            for (var above = position - 1; above >= 0; above--)
            {
                if (DepthOf(above) == level - 1)
                {
                    return above;
                }
            }

            throw new DomainException($"Element {Code(position)} nie może być na poziomie {level}: nad nim nie ma elementu poziomu {level - 1}.");
        }

        private void Enter(bool[] visiting, int position)
        {
            if (visiting[position])
            {
                throw new DomainException($"Element {Code(position)} nie może trafić pod element, który sam jest pod nim.");
            }

            visiting[position] = true;
        }

        private string Code(int position) => read[position].Element.Code;
    }
}
