namespace Strategy.Domain.Strategies;

/// <summary>
/// Which elements of a strategy are active: those that are not archived and have no archived
/// element above them. An archived element takes its subtree with it out of every view.
/// </summary>
public static class ElementActivity
{
    public static HashSet<Guid> ActiveIds(IEnumerable<(Guid Id, Guid? ParentId, bool Archived)> elements)
    {
        var list = elements.ToList();
        var childrenOf = list.ToLookup(e => e.ParentId);
        var active = new HashSet<Guid>();
        var pending = new Stack<Guid?>();
        pending.Push(null);
        while (pending.Count > 0)
        {
            foreach (var child in childrenOf[pending.Pop()].Where(c => !c.Archived))
            {
                if (active.Add(child.Id))
                {
                    pending.Push(child.Id);
                }
            }
        }

        return active;
    }
}
