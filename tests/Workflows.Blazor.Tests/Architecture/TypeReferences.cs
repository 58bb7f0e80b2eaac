using System.Reflection;
using System.Reflection.Emit;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Every type a compiled type refers to: its base and interfaces, attributes, the types of its fields, properties,
/// events, parameters, returns and locals, and each type, method and field its method bodies name (read from the IL).
/// Read from the assembly rather than the source so that nothing escapes: global usings, fully qualified names,
/// Razor markup, <c>@inject</c>, generic arguments and lambdas all end up here.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    public static IEnumerable<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var implemented in type.GetInterfaces())
        {
            Add(found, implemented);
        }
        AddAttributes(found, type.GetCustomAttributesData());
        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
            AddAttributes(found, field.GetCustomAttributesData());
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
            AddAttributes(found, property.GetCustomAttributesData());
        }
        foreach (var @event in type.GetEvents(Declared))
        {
            Add(found, @event.EventHandlerType);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddMethod(found, method);
        }
        return found;
    }

    private static void AddMethod(HashSet<Type> found, MethodBase method)
    {
        if (method is MethodInfo info)
        {
            Add(found, info.ReturnType);
        }
        foreach (var parameter in method.GetParameters())
        {
            Add(found, parameter.ParameterType);
        }
        AddAttributes(found, method.GetCustomAttributesData());
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }
        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType);
        }
        foreach (var member in NamedInBody(method, body.GetILAsByteArray() ?? []))
        {
            AddMember(found, member);
        }
    }

    /// <summary>The members the IL names through metadata tokens (calls, field loads, <c>newobj</c>, <c>typeof</c>, casts).</summary>
    private static IEnumerable<MemberInfo> NamedInBody(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = il[position] == 0xFE ? unchecked((short)(0xFE00 | il[position + 1])) : il[position];
            var code = OpCodesByValue[value];
            position += code.Size;
            if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType)
            {
                yield return method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments)!;
            }
            position += OperandSize(code.OperandType, il, position);
        }
    }

    private static int OperandSize(OperandType operand, byte[] il, int position) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, position),
        _ => 4,
    };

    private static void AddMember(HashSet<Type> found, MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                Add(found, type);
                break;
            case MethodInfo { IsGenericMethod: true } generic:
                Add(found, generic.DeclaringType);
                foreach (var argument in generic.GetGenericArguments())
                {
                    Add(found, argument);
                }
                break;
            default:
                Add(found, member.DeclaringType);
                break;
        }
    }

    private static void AddAttributes(HashSet<Type> found, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Add(found, attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(named => named.TypedValue)))
            {
                if (argument.Value is Type named)
                {
                    Add(found, named);
                }
            }
        }
    }

    /// <summary>A type and what it is made of: the element of an array or reference, the arguments of a generic.</summary>
    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }
        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
            return;
        }
        if (type.IsConstructedGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }
            type = type.GetGenericTypeDefinition();
        }
        found.Add(type);
    }
}
